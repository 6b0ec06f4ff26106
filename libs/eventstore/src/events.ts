/** A domain event as plain data: past-tense `type`, its `data`. One union per stream. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** Who caused a change: a person in a role, a partner app, or the system itself. */
export interface Actor {
  readonly id: string;
  readonly role: 'member' | 'coach' | 'admin' | 'operator' | 'partner' | 'system';
}

/** A stream is named within its tenant; nothing is ever read or written across tenants. */
export interface StreamRef {
  readonly tenantId: string;
  readonly streamId: string;
}

/** What every append carries besides the events: who, when, and which flow it belongs to. */
export interface AppendContext {
  readonly actor: Actor;
  readonly occurredAt: Date;
  readonly correlationId: string;
  readonly causationId?: string;
}

/** The integration event to publish for a domain event (protobuf-encoded, from proto/). */
export interface OutboxMessage {
  readonly topic: string;
  /** The protobuf type name, e.g. `rapport.contacts.v1.ContactAdded`. */
  readonly type: string;
  readonly schemaVersion: number;
  readonly payload: Uint8Array;
}

/** An event to append: its id comes in from outside (never generated inside a decider). */
export interface NewEvent<E extends DomainEvent = DomainEvent> {
  readonly eventId: string;
  readonly event: E;
  readonly schemaVersion?: number;
  /**
   * Present when other contexts must hear of this event; absent for purely internal ones. Several
   * messages when one fact concerns several contexts (a sent request, and the email to send for
   * it): the first carries the event's id, the n-th further one `<eventId>:<n>`, all the event's
   * stream version, in this order.
   */
  readonly outbox?: OutboxMessage | readonly OutboxMessage[];
}

export interface RecordedEvent<E extends DomainEvent = DomainEvent> {
  readonly eventId: string;
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly type: E['type'];
  readonly data: E['data'];
  readonly schemaVersion: number;
  readonly actor: Actor;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly correlationId: string;
  readonly causationId: string;
}
