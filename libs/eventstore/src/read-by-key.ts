import type { Collection } from 'mongodb';
import { type EventDocument, eventKey } from './event-document';
import type { StreamRef } from './events';

/** Lookups in flight at once while reading one stream. */
const MAX_PARALLEL = 64;
/** First probe past what the head vouches for; doubled while keys keep answering. */
const FIRST_PROBE = 2;

/**
 * A stream's events from `from` on, in version order, read by key only: every `_id` lookup is an
 * index lookup on MongoDB and on the patched FerretDB, where any range or sort would scan the whole
 * event collection. `knownUpTo` (the stream head) says how far keys surely answer, so that range is
 * fetched in parallel together with one key past it; beyond it keys are probed in growing rounds
 * until one is missing. The stream ends before the first missing key: batches are written front to
 * back and never leave a gap below a whole one. The caller still drops a trailing partial batch.
 */
export async function readByKey(
  events: Collection<EventDocument>,
  stream: StreamRef,
  from: number,
  knownUpTo: number,
): Promise<EventDocument[]> {
  const found: EventDocument[] = [];
  let next = from;
  let probe = FIRST_PROBE;
  for (;;) {
    const size =
      next <= knownUpTo
        ? Math.min(knownUpTo - next + 2, MAX_PARALLEL)
        : Math.min(probe, MAX_PARALLEL);
    if (next > knownUpTo) probe *= 2;
    const round = await Promise.all(
      Array.from({ length: size }, (_, i) => events.findOne({ _id: eventKey(stream, next + i) })),
    );
    for (const doc of round) {
      if (!doc) return found;
      found.push(doc);
    }
    next += size;
  }
}
