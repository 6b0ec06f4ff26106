import { eventKey, toRecorded } from './event-document';
import type { EventStore } from './event-store';
import type { DomainEvent, RecordedEvent, StreamRef } from './events';
import { foldEvents, type StreamFold } from './load-stream';

/** A stream's first append, the one that created it, and the state and version it left. */
export interface Creation<State> {
  readonly events: readonly RecordedEvent[];
  readonly state: State;
  readonly version: number;
}

/**
 * The creating append of a stream, read by key (version 1, then the rest of its batch): what a
 * repeated create is compared with and answered from. Undefined while the stream has no whole
 * first batch.
 */
export async function readCreation<Event extends DomainEvent, State>(
  store: EventStore,
  fold: StreamFold<Event, State>,
  stream: StreamRef,
): Promise<Creation<State> | undefined> {
  const first = await store.events.findOne({ _id: eventKey(stream, 1) });
  if (!first) return undefined;
  const rest = await Promise.all(
    Array.from({ length: first.batch.size - 1 }, (_, i) =>
      store.events.findOne({ _id: eventKey(stream, i + 2) }),
    ),
  );
  const docs = [first, ...rest];
  if (docs.some((doc) => doc?.batch.token !== first.batch.token)) return undefined;
  const events = docs.flatMap((doc) => (doc ? [toRecorded<Event>(doc)] : []));
  return { events, state: foldEvents(fold, events), version: first.batch.size };
}

/**
 * How a create differs from the one that made the stream. The decider is pure and its time comes
 * in with the command, so the command given the first one's time decides, on a new stream, exactly
 * the events the first request recorded when it asks the same: the creation is compared with that
 * decision, field by field. Returns the paths of the fields that differ (`details.email`), empty
 * for a repeat.
 */
export function creationDifferences(
  decided: readonly DomainEvent[],
  creation: readonly Pick<RecordedEvent, 'type' | 'data'>[],
): string[] {
  const paths = new Set<string>();
  const count = Math.max(decided.length, creation.length);
  for (let i = 0; i < count; i += 1) {
    const asked = decided[i];
    const stored = creation[i];
    if (!asked || !stored || asked.type !== stored.type) {
      paths.add(asked?.type ?? stored?.type ?? 'events');
      continue;
    }
    differingPaths(plain(asked.data), plain(stored.data), '', paths);
  }
  return [...paths];
}

/** The paths at which two pieces of event data differ once stored (empty when they are alike). */
export function dataDifferences(asked: unknown, stored: unknown): string[] {
  const paths = new Set<string>();
  differingPaths(plain(asked), plain(stored), '', paths);
  return [...paths];
}

/** Data as it is stored (dates as strings, no undefined members). */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

function differingPaths(asked: unknown, stored: unknown, path: string, into: Set<string>): void {
  if (isRecord(asked) && isRecord(stored)) {
    for (const key of new Set([...Object.keys(asked), ...Object.keys(stored)])) {
      differingPaths(asked[key], stored[key], path ? `${path}.${key}` : key, into);
    }
    return;
  }
  // Lists and scalars are compared whole: a list that differs is named once, not per position.
  if (JSON.stringify(asked) !== JSON.stringify(stored)) into.add(path || 'data');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
