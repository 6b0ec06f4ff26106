import type { ContactEvent } from '../domain/contact.events';

/** A contact event with its stream position and time, from an append or the event store. */
export interface ContactEventAt {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly occurredAt: Date;
  readonly event: ContactEvent;
}
