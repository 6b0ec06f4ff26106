import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';
import type { PipelineBoardDocument, PipelineCard } from '../projections/pipeline-card.projection';
import {
  addTo,
  contributionOf,
  differenceOf,
  emptyTotals,
  type FunnelTotals,
} from './funnel-figures';
import { FunnelWeeks, weekCountersId, weeklyPartsOf } from './funnel-weeks';
import { counterWrites } from './one-at-a-time';

export const FUNNEL_COUNTERS = 'outreach_funnel';

/** Sums per member (`tenant|member`) and per tenant (`tenant`): a few hundred bytes each. */
export interface FunnelCounterDocument extends Partial<FunnelTotals> {
  _id: string;
}

const memberCountersId = (tenantId: string, memberId: string) => `${tenantId}|${memberId}`;

const totalsOf = (doc: FunnelCounterDocument | null): FunnelTotals => ({
  ...emptyTotals(),
  ...doc,
  outcomes: { ...doc?.outcomes },
  replyHours: { ...doc?.replyHours },
});

/**
 * The institution funnel kept as counters by `_id`, so an admin's view is one read and a coach's
 * one read per assigned member, however many relationships the tenant holds. A card's change
 * moves the counters by the difference of its part before and after; it is recorded only when the
 * card itself changed (the card's version guard says so), so a replayed event counts nothing
 * twice. A crash between the card's write and the counters' leaves them short until `rebuild`,
 * which recomputes them from the boards. The tenant's weekly sums move in the same step, by the
 * same difference split by week. Each counter document's increments go one at a time in this
 * process (`counterWrites`): FerretDB drops one of two sent together.
 */
export class FunnelCounters {
  readonly collection: Collection<FunnelCounterDocument>;
  readonly weeks: FunnelWeeks;

  constructor(db: Db) {
    this.collection = db.collection<FunnelCounterDocument>(FUNNEL_COUNTERS);
    this.weeks = new FunnelWeeks(db);
  }

  async record(
    tenantId: string,
    memberId: string,
    before: PipelineCard | undefined,
    after: PipelineCard,
  ): Promise<void> {
    // Weeks first: a reply's time can move it between weeks while the totals stay the same.
    await this.weeks.record(tenantId, before, after);
    const delta = differenceOf(contributionOf(after), contributionOf(before));
    if (Object.keys(delta).length === 0) return;
    const memberDoc = memberCountersId(tenantId, memberId);
    const member = await counterWrites.run(`${FUNNEL_COUNTERS}/${memberDoc}`, () =>
      againOnDuplicateKey(() =>
        this.collection.findOneAndUpdate(
          { _id: memberDoc },
          { $inc: delta },
          { upsert: true, returnDocument: 'after' },
        ),
      ),
    );
    // A member counts once they have sent a request: their own count says when that starts.
    const sentNow = member?.requestsSent ?? 0;
    const sentBefore = sentNow - (delta['requestsSent'] ?? 0);
    const members = Number(sentNow > 0) - Number(sentBefore > 0);
    await counterWrites.run(`${FUNNEL_COUNTERS}/${tenantId}`, () =>
      againOnDuplicateKey(() =>
        this.collection.updateOne(
          { _id: tenantId },
          { $inc: members === 0 ? delta : { ...delta, members } },
          { upsert: true },
        ),
      ),
    );
  }

  async ofTenant(tenantId: string): Promise<FunnelTotals> {
    return totalsOf(await this.collection.findOne({ _id: tenantId }));
  }

  /** The members' sums added up: one `_id` read per member (a `$in` would scan on FerretDB). */
  async ofMembers(tenantId: string, memberIds: readonly string[]): Promise<FunnelTotals> {
    const docs = await Promise.all(
      [...new Set(memberIds)].map((memberId) =>
        this.collection.findOne({ _id: memberCountersId(tenantId, memberId) }),
      ),
    );
    const totals = emptyTotals();
    for (const doc of docs) {
      const member = totalsOf(doc);
      if (member.requestsSent > 0) totals.members += 1;
      addTo(totals, flatten(member));
    }
    return totals;
  }

  /**
   * Recomputes every counter from the boards (a rebuild's full read, never a request's) and
   * replaces the stored ones; counters of tenants or members without cards any more are removed.
   * The weekly sums are recomputed in the same pass.
   */
  async rebuild(boardCollection: Collection<PipelineBoardDocument>): Promise<number> {
    const boards = boardCollection.find({});
    const sums = new Map<string, FunnelTotals>();
    const weekSums = new Map<string, FunnelTotals>();
    const tenantOfMember = new Map<string, string>();
    const sumIn = (all: Map<string, FunnelTotals>, id: string) =>
      all.get(id) ?? all.set(id, emptyTotals()).get(id)!;
    const sumOf = (id: string) => sumIn(sums, id);
    for await (const board of boards) {
      for (const card of Object.values(board.cards ?? {})) {
        const part = contributionOf(card);
        const member = memberCountersId(card.tenantId, card.memberId);
        tenantOfMember.set(member, card.tenantId);
        addTo(sumOf(member), part);
        addTo(sumOf(card.tenantId), part);
        for (const [week, weekPart] of weeklyPartsOf(card)) {
          addTo(sumIn(weekSums, weekCountersId(card.tenantId, week)), weekPart);
        }
      }
    }
    for (const [member, tenantId] of tenantOfMember) {
      if (sumOf(member).requestsSent > 0) sumOf(tenantId).members += 1;
    }
    await replaceAll(this.collection, sums);
    await replaceAll(this.weeks.collection, weekSums);
    return sums.size;
  }
}

/** Stores each sum by `_id` and removes the documents no sum is kept for any more. */
async function replaceAll(
  collection: Collection<{ _id: string }>,
  sums: ReadonlyMap<string, FunnelTotals>,
): Promise<void> {
  for (const [_id, totals] of sums) {
    await againOnDuplicateKey(() => collection.replaceOne({ _id }, totals, { upsert: true }));
  }
  for await (const { _id } of collection.find({}, { projection: { _id: 1 } })) {
    if (!sums.has(_id)) await collection.deleteOne({ _id });
  }
}

/** Totals back into `$inc`-shaped fields, so they can be added with `addTo`. */
function flatten(totals: FunnelTotals): Record<string, number> {
  const fields: Record<string, number> = {
    requestsSent: totals.requestsSent,
    responses: totals.responses,
    followUpsOfReplies: totals.followUpsOfReplies,
  };
  for (const [outcome, count] of Object.entries(totals.outcomes)) {
    fields[`outcomes.${outcome}`] = count ?? 0;
  }
  for (const [hours, count] of Object.entries(totals.replyHours)) {
    fields[`replyHours.${hours}`] = count;
  }
  return fields;
}
