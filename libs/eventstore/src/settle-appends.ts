import { performance } from 'node:perf_hooks';
import { counter } from '@rapport/platform';
import type { PendingAppend } from './append-group';
import type { CoalescedHeads } from './coalesced-heads';
import type { CommitMarks, CommittedEntry } from './commit-marks';
import { toRecorded } from './event-document';
import type { GroupOutcome } from './group-commit';
import type { OwnReadModels } from './own-read-models';
const inlineProjectionFailures = counter(
  'rapport_inline_projection_failures_total',
  'Appends whose read models the writer could not apply; the relay applies them before publishing',
);

/**
 * How soon after its insert began an append's read models may be applied with the guards this
 * process remembers (`ReadModelApplyOptions.justAppended`). A relay of another process applies an
 * entry's events only once it has seen the entry unmarked for its grace (1 s by default) and the
 * stream's head still behind; before half that, it cannot have applied them, so no write of
 * another process can be missing from this process's memory of these streams' guards.
 */
export const FRESH_APPLY_MS = 500;

export interface SettleTarget {
  readonly commitMarks: CommitMarks;
  readonly heads: CoalescedHeads;
  readonly readModels: OwnReadModels | undefined;
}

/**
 * What follows a group's inserts, for the appends whose events are all in, in two stages of their
 * own so that each overlaps the other's next group: `applyGroupReadModels` (the read models of all
 * of them in one call), then `finishAppendGroup` (at once, the heads and the outbox entries' commit
 * marks). The read models take one group at a time, in the order their inserts finished, so a
 * stream's later append never reaches them before its earlier one; heads ($max) and marks do not
 * care about order. Most heads are only remembered here and written later (`CoalescedHeads`).
 *
 * The appends have succeeded whatever happens here, so nothing fails them. A read model that fails
 * leaves the heads where they were (a head that moved vouches that the read models saw the events
 * below it; the relay and the next writer apply them). A head that cannot be moved (FerretDB
 * answers SQLITE_BUSY under concurrent writes) is retried briefly and left: loads probe past it.
 * A missing mark only costs the relay a key lookup per entry, which is what the mark saves it
 * (see `CommitMarks`: a relay in this process takes its entries from memory instead).
 */
export async function applyGroupReadModels(
  target: SettleTarget,
  appends: readonly PendingAppend[],
): Promise<GroupOutcome<boolean>[]> {
  const now = performance.now();
  const justAppended = appends.every(
    ({ unsettled, insertedAt }) =>
      unsettled.length === 0 && insertedAt !== undefined && now - insertedAt < FRESH_APPLY_MS,
  );
  const applied = await applyReadModels(
    target.readModels,
    appends.flatMap((append) => [...append.unsettled, ...append.docs.map(toRecorded)]),
    justAppended,
  );
  return appends.map(() => ({ ok: true, value: applied }));
}

/** A written append and whether the read models saw it. */
export interface AppliedAppend {
  readonly append: PendingAppend;
  readonly applied: boolean;
}

export async function finishAppendGroup(
  target: SettleTarget,
  items: readonly AppliedAppend[],
): Promise<GroupOutcome<void>[]> {
  const seen = items.filter((item) => item.applied).map((item) => item.append);
  const withModels = target.readModels !== undefined;
  // `applied` only with read models: an entry of a store without them has nothing to apply, yet a
  // relay given read models of its own must still apply them.
  const entries: CommittedEntry[] = items.flatMap(({ append, applied }) =>
    append.outbox ? [{ entry: append.outbox, applied: applied && withModels }] : [],
  );
  await Promise.all([
    seen.length > 0 ? target.heads.advance(seen.map(headMove)) : undefined,
    target.commitMarks.committed(entries),
  ]);
  return items.map(() => ({ ok: true, value: undefined }));
}

async function applyReadModels(
  readModels: OwnReadModels | undefined,
  events: Parameters<OwnReadModels['applyRecorded']>[0],
  justAppended: boolean,
): Promise<boolean> {
  if (!readModels) return true;
  try {
    await readModels.applyRecorded(events, { justAppended });
    return true;
  } catch {
    inlineProjectionFailures.inc();
    return false;
  }
}

function headMove({ stream, docs, snapshot }: PendingAppend) {
  return { stream, version: docs.at(-1)!.version, ...(snapshot ? { snapshot } : {}) };
}
