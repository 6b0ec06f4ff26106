import { createHash } from 'node:crypto';
import type { EventStore } from './event-store';
import type { DomainEvent, RecordedEvent, StreamRef } from './events';

/** How a stream's events fold into state: the part of a decider a load needs. */
export interface StreamFold<Event extends DomainEvent, State> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
  /**
   * Set it to keep the folded state in the stream head, so a load reads only the events after it;
   * change it whenever the state's shape or the fold changes. The state must survive JSON (plain
   * data, dates as strings). Left out, every load folds the whole stream.
   */
  readonly snapshotVersion?: string;
}

export interface LoadedStream<State> {
  readonly state: State;
  /** The version of the stream's last whole event; 0 for a stream not started. */
  readonly version: number;
}

/** Recorded events folded into state by the decider's `evolve`. */
export function foldEvents<Event extends DomainEvent, State>(
  fold: StreamFold<Event, State>,
  events: readonly RecordedEvent<Event>[],
  from: State = fold.initialState,
): State {
  return events.reduce((s, e) => fold.evolve(s, { type: e.type, data: e.data } as Event), from);
}

const tags = new WeakMap<object, string>();

/**
 * The declared version plus a hash of `evolve`'s source: a snapshot written by other fold code is
 * ignored even when nobody remembered to bump the version (functions `evolve` calls are covered by
 * the declared version only).
 */
export function snapshotTagOf(fold: StreamFold<DomainEvent, unknown>): string | undefined {
  if (fold.snapshotVersion === undefined) return undefined;
  const known = tags.get(fold);
  if (known) return known;
  const source = createHash('sha256').update(fold.evolve.toString()).digest('hex').slice(0, 16);
  const tag = `${fold.snapshotVersion}:${source}`;
  tags.set(fold, tag);
  return tag;
}

/**
 * A stream's state and the version a write must expect (If-Match), in a bounded number of key
 * lookups: the head (with the snapshot, when this fold keeps one) and the events after it, which
 * a head written every few versions (`CoalescedHeads`) holds to a handful; the writer's own loads
 * start from the head it remembers, so they read no head at all. Whole batches only.
 */
export async function loadStream<Event extends DomainEvent, State>(
  store: EventStore,
  fold: StreamFold<Event, State>,
  stream: StreamRef,
): Promise<LoadedStream<State>> {
  const { state, version } = await loadForWrite(store, fold, stream);
  return { state, version };
}

/** A load for a write: also the events past the head, which the append applies again (`Tail`). */
export async function loadForWrite<Event extends DomainEvent, State>(
  store: EventStore,
  fold: StreamFold<Event, State>,
  stream: StreamRef,
): Promise<LoadedStream<State> & { unsettled: readonly RecordedEvent[] }> {
  const head = await store.head(stream);
  const tag = snapshotTagOf(fold);
  const snapshot = tag !== undefined && head?.snapshot?.tag === tag ? head.snapshot : undefined;
  const start = snapshot?.version ?? 0;
  // Written by this very fold code (the tag says so) from a state of this type.
  const base = snapshot ? (JSON.parse(snapshot.state) as State) : fold.initialState;
  const headVersion = head?.version ?? 0;
  const events = await store.readFrom<Event>(stream, start + 1, headVersion);
  return {
    state: foldEvents(fold, events, base),
    version: events.at(-1)?.version ?? start,
    unsettled: events.filter((event) => event.version > headVersion),
  };
}
