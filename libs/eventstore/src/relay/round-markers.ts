import type { OutboxDocument } from '../event-document';
import type { EventStore } from '../event-store';
import type { BulkOutboxDocument } from '../start-streams';

/** Rounds of bulk-written intents (`startStreams`) among `entries` whose commit marker exists. */
export async function roundsCommitted(
  store: EventStore,
  entries: readonly OutboxDocument[],
): Promise<Set<string>> {
  const rounds = [
    ...new Set(
      entries.flatMap((e) => {
        const round = (e as BulkOutboxDocument).bulkRound;
        return !e.committed && round ? [round] : [];
      }),
    ),
  ];
  if (rounds.length === 0) return new Set();
  // One key lookup per round (a handful per batch): `$in` would scan on FerretDB.
  const markers = await Promise.all(
    rounds.map((_id) => store.outboxRounds.findOne({ _id }, { projection: { _id: 1 } })),
  );
  return new Set(markers.flatMap((marker) => (marker ? [marker._id] : [])));
}
