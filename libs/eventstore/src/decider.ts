import { ConcurrencyError } from './concurrency-error';
import type { EventStore } from './event-store';
import type { AppendContext, DomainEvent, NewEvent, OutboxMessage, StreamRef } from './events';
import { loadForWrite, snapshotTagOf, type StreamFold } from './load-stream';

export { foldEvents, loadStream, type LoadedStream, type StreamFold } from './load-stream';

/**
 * A pure decider: `decide` turns a command and the current state into new events, `evolve` folds
 * one event into state. Neither does I/O or reads a clock: time and ids arrive in the command.
 */
export interface Decider<Command, Event extends DomainEvent, State> extends StreamFold<
  Event,
  State
> {
  decide(command: Command, state: State): readonly Event[];
}

export type ToOutbox<Event> = (
  event: Event,
) => OutboxMessage | readonly OutboxMessage[] | undefined;

/**
 * What a handler decided: the events, and when they need more than `HandleOptions.toOutbox` knows
 * (an email's addressing planned along with them), how they are published.
 */
export interface Decision<Event extends DomainEvent> {
  readonly events: readonly Event[];
  readonly toOutbox?: ToOutbox<Event>;
}

/**
 * A function of the loaded state (emmett's `handle(store, id, (state) => events)`): it may look
 * things up before deciding, and it runs again on the fresh state after a version conflict.
 */
export type Handle<Event extends DomainEvent, State> = (
  state: State,
  version: number,
) => readonly Event[] | Decision<Event> | Promise<readonly Event[] | Decision<Event>>;

export interface HandleOptions<Event extends DomainEvent> {
  /** Ids for the new events, one per call; supplied by the caller so the decider stays pure. */
  readonly nextEventId: () => string;
  /** Maps a domain event to the integration event(s) other contexts hear, if any. */
  readonly toOutbox?: ToOutbox<Event>;
  /** The version the caller last saw (If-Match); a mismatch fails at once, without retrying. */
  readonly expectedVersion?: number;
  readonly maxAttempts?: number;
}

/** One event as appended, where it landed: what a writer's read models are given. */
export interface AppendedEvent<Event extends DomainEvent> {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly occurredAt: Date;
  readonly event: Event;
}

export interface HandleResult<Event extends DomainEvent, State> {
  /** The events recorded, in version order; empty when the handler decided nothing. */
  readonly events: readonly AppendedEvent<Event>[];
  readonly state: State;
  /** The stream's version after the command (the new ETag). */
  readonly version: number;
}

/**
 * Load → decide → append, retried only when another writer moved the stream in between. A
 * caller-supplied expected version is a precondition, never retried: the caller must look again.
 * Either a function of the loaded state, or a `Decider` and a command (a thin adapter over it).
 */
export function handleCommand<Event extends DomainEvent, State>(
  store: EventStore,
  fold: StreamFold<Event, State>,
  stream: StreamRef,
  handle: Handle<Event, State>,
  context: AppendContext,
  options: HandleOptions<Event>,
): Promise<HandleResult<Event, State>>;
export function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  stream: StreamRef,
  command: Command,
  context: AppendContext,
  options: HandleOptions<Event>,
): Promise<HandleResult<Event, State>>;
export function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  fold: StreamFold<Event, State> | Decider<Command, Event, State>,
  stream: StreamRef,
  commandOrHandle: Command | Handle<Event, State>,
  context: AppendContext,
  options: HandleOptions<Event>,
): Promise<HandleResult<Event, State>> {
  // Commands are plain data, so a function can only be a handler.
  const handle =
    typeof commandOrHandle === 'function'
      ? (commandOrHandle as Handle<Event, State>)
      : (state: State) => (fold as Decider<Command, Event, State>).decide(commandOrHandle, state);
  return handleWithRetry(store, fold, stream, handle, context, options);
}

async function handleWithRetry<Event extends DomainEvent, State>(
  store: EventStore,
  fold: StreamFold<Event, State>,
  stream: StreamRef,
  handle: Handle<Event, State>,
  context: AppendContext,
  options: HandleOptions<Event>,
): Promise<HandleResult<Event, State>> {
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const { state, version, unsettled } = await loadForWrite(store, fold, stream);
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new ConcurrencyError(stream, options.expectedVersion);
    }
    const decided = await handle(state, version);
    const { events, toOutbox = options.toOutbox } = isDecision(decided)
      ? decided
      : { events: decided };
    if (events.length === 0) return { events: [], state, version };
    const toAppend: NewEvent[] = events.map((event) => {
      const outbox = toOutbox?.(event);
      return { eventId: options.nextEventId(), event, ...(outbox ? { outbox } : {}) };
    });
    const next = events.reduce((s, e) => fold.evolve(s, e), state);
    const tag = snapshotTagOf(fold);
    try {
      const appended = await store.append(stream, version, toAppend, context, {
        headJustRead: true,
        unsettled,
        ...(tag !== undefined ? { snapshot: { tag, state: JSON.stringify(next) } } : {}),
      });
      return {
        events: appended.events.map((recorded, i) => ({
          tenantId: recorded.tenantId,
          streamId: recorded.streamId,
          version: recorded.version,
          eventId: recorded.eventId,
          occurredAt: recorded.occurredAt,
          event: events[i]!,
        })),
        state: next,
        version: appended.nextVersion,
      };
    } catch (error) {
      const retry =
        error instanceof ConcurrencyError &&
        options.expectedVersion === undefined &&
        attempt < maxAttempts;
      if (!retry) throw error;
    }
  }
}

function isDecision<Event extends DomainEvent>(
  decided: readonly Event[] | Decision<Event>,
): decided is Decision<Event> {
  return !Array.isArray(decided);
}
