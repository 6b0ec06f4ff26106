import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';
import type { PipelineCard } from '../projections/pipeline-card.projection';
import {
  addTo,
  contributionOf,
  differenceOf,
  emptyTotals,
  type FunnelRow,
  type FunnelTotals,
} from './funnel-figures';
import { type IsoWeek, isoWeekOf } from './iso-week';
import { counterWrites } from './one-at-a-time';

export const FUNNEL_WEEKS = 'outreach_funnel_weeks';

/**
 * A tenant's funnel sums of one week (`tenant|2026-W10`). A collection of its own: a member id may
 * look like a week, so these keys would collide with the per-member counters' `tenant|member`.
 */
export interface FunnelWeekDocument extends Partial<FunnelTotals> {
  _id: string;
}

export const weekCountersId = (tenantId: string, week: IsoWeek) => `${tenantId}|${week}`;

/**
 * One relationship's part of each week, as `$inc` fields: the request counts in the week it was
 * first sent, the reply (with its outcome, wait and follow-ups) in the week it came.
 */
export function weeklyPartsOf(row: FunnelRow | undefined): Map<IsoWeek, Record<string, number>> {
  const parts = new Map<IsoWeek, Record<string, number>>();
  if (!row?.firstSentAt) return parts;
  const { requestsSent, ...reply } = contributionOf(row);
  const partOf = (week: IsoWeek) => parts.get(week) ?? parts.set(week, {}).get(week)!;
  partOf(isoWeekOf(row.firstSentAt))['requestsSent'] = requestsSent ?? 0;
  if (row.respondedAt) Object.assign(partOf(isoWeekOf(row.respondedAt)), reply);
  return parts;
}

/** `after − before` week by week, without the weeks and fields that did not move. */
export function weeklyDifferenceOf(
  before: PipelineCard | undefined,
  after: PipelineCard,
): Map<IsoWeek, Record<string, number>> {
  const was = weeklyPartsOf(before);
  const is = weeklyPartsOf(after);
  const deltas = new Map<IsoWeek, Record<string, number>>();
  for (const week of new Set([...was.keys(), ...is.keys()])) {
    const delta = differenceOf(is.get(week) ?? {}, was.get(week) ?? {});
    if (Object.keys(delta).length > 0) deltas.set(week, delta);
  }
  return deltas;
}

/** Sums kept per tenant and week, moved and rebuilt alongside the totals (see FunnelCounters). */
export class FunnelWeeks {
  readonly collection: Collection<FunnelWeekDocument>;

  constructor(db: Db) {
    this.collection = db.collection<FunnelWeekDocument>(FUNNEL_WEEKS);
  }

  async record(tenantId: string, before: PipelineCard | undefined, after: PipelineCard) {
    for (const [week, delta] of weeklyDifferenceOf(before, after)) {
      const _id = weekCountersId(tenantId, week);
      await counterWrites.run(`${FUNNEL_WEEKS}/${_id}`, () =>
        againOnDuplicateKey(() =>
          this.collection.updateOne({ _id }, { $inc: delta }, { upsert: true }),
        ),
      );
    }
  }

  /** One `_id` read per week (a range on `_id` would scan on FerretDB); missing weeks are empty. */
  async ofTenant(tenantId: string, weeks: readonly IsoWeek[]): Promise<FunnelTotals[]> {
    const docs = await Promise.all(
      weeks.map((week) => this.collection.findOne({ _id: weekCountersId(tenantId, week) })),
    );
    return docs.map((doc) => addTo(emptyTotals(), flattened(doc)));
  }
}

/** A stored document back into `$inc`-shaped fields (`outcomes.accepted`, `replyHours.h12`). */
function flattened(doc: FunnelWeekDocument | null): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const [field, value] of Object.entries(doc ?? {})) {
    if (typeof value === 'number') fields[field] = value;
    else if (value && typeof value === 'object' && field !== '_id') {
      for (const [key, count] of Object.entries(value as Record<string, number>)) {
        fields[`${field}.${key}`] = count;
      }
    }
  }
  return fields;
}
