import { performance } from 'node:perf_hooks';
import type { Collection } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import { type EventDocument, type OutboxDocument, toRecorded } from './event-document';
import type { RecordedEvent, StreamRef } from './events';
import type { GroupOutcome } from './group-commit';
import type { StreamSnapshot } from './stream-heads';

/** One append's documents, built and checked by `EventStore.append`, waiting for its group. */
export interface PendingAppend {
  readonly stream: StreamRef;
  readonly docs: readonly EventDocument[];
  readonly outbox: OutboxDocument | null;
  /** Events past the head the caller read on its way here, applied to the read models first. */
  readonly unsettled: readonly RecordedEvent[];
  readonly snapshot?: StreamSnapshot;
  /** When its group's inserts began (`performance.now()`), once written: see `FRESH_APPLY_MS`. */
  readonly insertedAt?: number;
}

/**
 * What became of one append of a group. `refused`: another batch holds one of its positions (or
 * its event id); `wrote` are the keys of its events stored before the refusal, which the caller
 * removes, as a lone append does.
 */
export type GroupedAppend =
  | {
      readonly kind: 'written';
      readonly events: readonly RecordedEvent[];
      /** When the group's inserts began, its outbox entry's first: `performance.now()`. */
      readonly insertedAt: number;
    }
  | { readonly kind: 'refused'; readonly wrote: readonly string[] };

/** Where a group's outbox entries and events go. */
export interface AppendTarget {
  readonly events: Collection<EventDocument>;
  readonly outbox: Collection<OutboxDocument>;
}

/**
 * Inserts a group of appends with the round trips of one: their outbox entries (one unordered
 * `insertMany`: intents first, as a lone append writes them), then their events (one *ordered*
 * `insertMany`). What follows (read models, heads, commit marks) is `settleAppendGroup`, a stage
 * of its own so that the next group's inserts overlap this one's settling. The events stay
 * ordered on purpose: an append's
 * batch must be written front to back, because readers and the relay take a batch for whole when
 * its last event is there. An unordered insert could store the end of a batch whose front was
 * refused. So at a refusal, the appends before it are in, the refused one is that caller's
 * conflict alone (it removes its own front part), and the ones after it are written again by the
 * next insert. Conflicts are rare, so that costs little.
 */
export async function insertAppendGroup(
  target: AppendTarget,
  appends: readonly PendingAppend[],
): Promise<GroupOutcome<GroupedAppend>[]> {
  const insertedAt = performance.now();
  const outboxes = appends.flatMap((a) => (a.outbox ? [a.outbox] : []));
  if (outboxes.length > 0) await target.outbox.insertMany(outboxes, { ordered: false });

  const outcomes = new Array<GroupOutcome<GroupedAppend>>(appends.length);
  let pending = appends.map((_, i) => i);
  while (pending.length > 0) {
    const docs = pending.flatMap((i) => appends[i]!.docs);
    let refusedAt: number | undefined;
    try {
      await target.events.insertMany(docs, { ordered: true });
    } catch (error) {
      // Anything but a refused key leaves the group's fate unknown: its appends fail as a lone
      // append would (their entries are dropped by the relay if the events never came).
      if (!isDuplicateKeyError(error)) {
        for (const i of pending) outcomes[i] = { ok: false, error };
        break;
      }
      refusedAt = firstRefused(error) ?? (await firstNotOurs(target.events, docs));
    }
    const rest: number[] = [];
    let offset = 0;
    for (const i of pending) {
      const append = appends[i]!;
      const end = offset + append.docs.length;
      if (refusedAt === undefined || end <= refusedAt) {
        const events = append.docs.map(toRecorded);
        outcomes[i] = { ok: true, value: { kind: 'written', events, insertedAt } };
      } else if (offset <= refusedAt) {
        const wrote = append.docs.slice(0, refusedAt - offset).map((doc) => doc._id);
        outcomes[i] = { ok: true, value: { kind: 'refused', wrote } };
      } else {
        rest.push(i);
      }
      offset = end;
    }
    pending = rest;
  }
  return outcomes;
}

/** Position of the first document an ordered insert refused; undefined when the error says not. */
function firstRefused(error: unknown): number | undefined {
  const raw = (error as { writeErrors?: unknown }).writeErrors;
  const first: unknown = Array.isArray(raw) ? raw[0] : raw;
  const index = (first as { index?: unknown } | undefined)?.index;
  return typeof index === 'number' ? index : undefined;
}

/**
 * When the server does not say where its ordered insert stopped: the first document not stored
 * with its own batch token, found by key.
 */
async function firstNotOurs(
  events: Collection<EventDocument>,
  docs: readonly EventDocument[],
): Promise<number> {
  const stored = await Promise.all(
    docs.map((doc) => events.findOne({ _id: doc._id }, { projection: { batch: 1 } })),
  );
  const index = docs.findIndex((doc, i) => stored[i]?.batch.token !== doc.batch.token);
  return index === -1 ? docs.length : index;
}
