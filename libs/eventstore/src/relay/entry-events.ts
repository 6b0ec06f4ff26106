import { type EventDocument, eventKey, type OutboxDocument } from '../event-document';
import type { EventStore } from '../event-store';

/**
 * The events an outbox entry stands for, in version order, read by key only (`_id` lookups are
 * the one index FerretDB uses). `known` is the entry's last event when the relay has it already
 * from its commit check, so an append of one event costs no further read. An entry written by an
 * append or a bulk round carries its batch's token as its id; a key holding another token is
 * another batch's (a lost race), never this entry's.
 */
export async function entryEvents(
  store: EventStore,
  entry: OutboxDocument,
  known?: EventDocument,
): Promise<EventDocument[]> {
  const stream = { tenantId: entry.tenantId, streamId: entry.streamId };
  const versions = Array.from(
    { length: entry.toVersion - entry.fromVersion + 1 },
    (_, i) => entry.fromVersion + i,
  );
  const docs = await Promise.all(
    versions.map(async (version) =>
      known?.version === version ? known : store.events.findOne({ _id: eventKey(stream, version) }),
    ),
  );
  return docs.filter(
    (doc): doc is EventDocument =>
      doc !== null && (entry.committed || doc.batch.token === entry._id),
  );
}
