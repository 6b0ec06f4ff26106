import { randomUUID } from 'node:crypto';
import type { Collection } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import { deleteByKey } from './delete-by-key';
import { type EventDocument, type OutboxDocument, toDocuments } from './event-document';
import type { AppendContext, NewEvent, StreamRef } from './events';

export interface NewStream {
  readonly stream: StreamRef;
  readonly events: readonly NewEvent[];
}

export interface StartStreamsResult {
  /** Streams this call created, in input order. */
  readonly started: readonly StreamRef[];
  /** Streams that existed already; nothing of theirs was written. */
  readonly existing: readonly StreamRef[];
}

/** Streams per round: one insert of outbox entries, one of events, one commit marking. */
const ROUND = 500;

/**
 * Creates many streams at once (bulk import): the same documents as one `append` per stream at
 * version 0, written a round at a time with unordered bulk inserts. A stream that already exists is
 * reported back, never overwritten, and whatever of ours got in for it is removed, exactly as a lost
 * race in `append`. Costs three inserts per 500 streams instead of three writes per stream.
 */
/** A bulk round's intents are committed together, by this one marker (see the relay). */
export interface RoundMarker {
  _id: string;
  createdAt: Date;
}

/** An outbox intent written by `startStreams`: committed when its round's marker exists. */
export type BulkOutboxDocument = OutboxDocument & { bulkRound?: string };

export async function startStreams(
  collections: {
    events: Collection<EventDocument>;
    outbox: Collection<OutboxDocument>;
    rounds: Collection<RoundMarker>;
  },
  items: readonly NewStream[],
  context: AppendContext,
  recordedAt: Date,
  /** Entries for streams with nothing to publish too (a store with read models, see `append`). */
  alwaysOutbox = false,
): Promise<StartStreamsResult> {
  const started: StreamRef[] = [];
  const existing: StreamRef[] = [];
  for (let offset = 0; offset < items.length; offset += ROUND) {
    const round = items.slice(offset, offset + ROUND).filter((item) => item.events.length > 0);
    const written = round.map((item) => ({
      item,
      ...toDocuments(item.stream, 0, item.events, context, recordedAt, alwaysOutbox),
    }));
    const bulkRound = randomUUID();
    const outboxes: BulkOutboxDocument[] = written.flatMap((w) =>
      w.outbox ? [{ ...w.outbox, bulkRound }] : [],
    );
    // Intent first, as in `append`: no event is stored without its way out.
    if (outboxes.length > 0) await collections.outbox.insertMany(outboxes, { ordered: false });
    const docs = written.flatMap((w, itemIndex) => w.events.map((doc) => ({ doc, itemIndex })));
    const lost = new Set<number>();
    const refused = new Set<number>();
    try {
      await collections.events.insertMany(
        docs.map((d) => d.doc),
        { ordered: false },
      );
    } catch (error) {
      const failures = writeErrorsOf(error);
      if (failures.length === 0 || !failures.every(isDuplicateKeyError)) throw error;
      for (const failure of failures) {
        refused.add(failure.index);
        lost.add(docs[failure.index]!.itemIndex);
      }
    }
    // Removed by key, and only what this call stored: a refused key belongs to the existing stream.
    const ours = docs.filter((d, i) => lost.has(d.itemIndex) && !refused.has(i));
    await deleteByKey(
      collections.events,
      ours.map((d) => d.doc._id),
    );
    await deleteByKey(
      collections.outbox,
      written.flatMap((w, i) => (lost.has(i) && w.outbox ? [w.outbox._id] : [])),
    );
    // One marker commits the whole round. Marking 500 intents one by one, or replacing them, costs
    // seconds on FerretDB (every update or delete rescans the collection); a crash before the
    // marker leaves the intents to the relay's per-entry check, exactly as a crashed `append`.
    if (outboxes.length > 0)
      await collections.rounds.insertOne({ _id: bulkRound, createdAt: recordedAt });
    written.forEach((w, i) => (lost.has(i) ? existing : started).push(w.item.stream));
  }
  return { started, existing };
}

interface WriteFailure {
  readonly index: number;
  readonly code?: unknown;
}

function writeErrorsOf(error: unknown): WriteFailure[] {
  const raw = (error as { writeErrors?: unknown }).writeErrors;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.filter(
    (e): e is WriteFailure => typeof (e as { index?: unknown }).index === 'number',
  );
}
