import { ConcurrencyError } from './concurrency-error';
import type { EventStore } from './event-store';
import type {
  AppendContext,
  DomainEvent,
  NewEvent,
  OutboxMessage,
  RecordedEvent,
  StreamRef,
} from './events';

/**
 * A pure decider: `decide` turns a command and the current state into new events, `evolve` folds
 * one event into state. Neither does I/O or reads a clock: time and ids arrive in the command.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  readonly initialState: State;
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
}

export interface HandleOptions<Event extends DomainEvent> {
  /** Ids for the new events, one per call; supplied by the caller so the decider stays pure. */
  readonly nextEventId: () => string;
  /** Maps a domain event to the integration event(s) other contexts hear, if any. */
  readonly toOutbox?: (event: Event) => OutboxMessage | readonly OutboxMessage[] | undefined;
  /** The version the caller last saw (If-Match); a mismatch fails at once, without retrying. */
  readonly expectedVersion?: number;
  readonly maxAttempts?: number;
}

export interface HandleResult<Event extends DomainEvent, State> {
  readonly events: readonly Event[];
  readonly state: State;
  readonly version: number;
}

export interface LoadedStream<Event extends DomainEvent, State> {
  readonly state: State;
  /** The version of the stream's last whole event; 0 for a stream not started. */
  readonly version: number;
  readonly events: readonly RecordedEvent<Event>[];
}

/** Recorded events folded into state by the decider's `evolve`. */
export function foldEvents<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  events: readonly RecordedEvent<Event>[],
): State {
  return events.reduce(
    (s, e) => decider.evolve(s, { type: e.type, data: e.data } as Event),
    decider.initialState,
  );
}

/** A stream read and folded: its state and the version a write must expect (If-Match). */
export async function loadStream<Command, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  stream: StreamRef,
): Promise<LoadedStream<Event, State>> {
  const events = await store.readStream<Event>(stream);
  return { state: foldEvents(decider, events), version: events.at(-1)?.version ?? 0, events };
}

/**
 * Load → fold → decide → append, retried only when another writer moved the stream in between.
 * A caller-supplied expected version is a precondition, never retried: the caller must look again.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  stream: StreamRef,
  command: Command,
  context: AppendContext,
  options: HandleOptions<Event>,
): Promise<HandleResult<Event, State>> {
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream<Event>(stream);
    const version = history.at(-1)?.version ?? 0;
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new ConcurrencyError(stream, options.expectedVersion);
    }
    let state = foldEvents(decider, history);
    const events = decider.decide(command, state);
    const toAppend: NewEvent[] = events.map((event) => {
      const outbox = options.toOutbox?.(event);
      return { eventId: options.nextEventId(), event, ...(outbox ? { outbox } : {}) };
    });
    try {
      const { nextVersion } = await store.append(stream, version, toAppend, context, {
        headJustRead: true,
      });
      state = events.reduce((s, e) => decider.evolve(s, e), state);
      return { events, state, version: nextVersion };
    } catch (error) {
      const retry =
        error instanceof ConcurrencyError &&
        options.expectedVersion === undefined &&
        attempt < maxAttempts;
      if (!retry) throw error;
    }
  }
}
