import type { ResponseOutcome } from '../domain/outreach.events';
import { RESPONSE_OUTCOMES } from '../domain/outreach.events';

/** What the funnel reads of one relationship's card. */
export interface FunnelRow {
  readonly memberId: string;
  readonly firstSentAt?: Date | null;
  readonly respondedAt?: Date | null;
  readonly followUpsSent?: number | null;
  readonly outcome?: ResponseOutcome | null;
}

/**
 * The funnel as sums, so it can be kept by `$inc` and added up across members. Days to reply are
 * a histogram of whole hours (`h<hours>`: count): the median is shown to a tenth of a day (2.4 h),
 * and replies cluster in the first weeks, so a tenant's histogram stays a few hundred keys.
 */
export interface FunnelTotals {
  members: number;
  requestsSent: number;
  responses: number;
  followUpsOfReplies: number;
  outcomes: Partial<Record<ResponseOutcome, number>>;
  replyHours: Record<string, number>;
}

const HOUR_MS = 60 * 60 * 1000;

export const emptyTotals = (): FunnelTotals => ({
  members: 0,
  requestsSent: 0,
  responses: 0,
  followUpsOfReplies: 0,
  outcomes: {},
  replyHours: {},
});

/** One relationship's part of the totals, as `$inc` fields (members are counted apart). */
export function contributionOf(row: FunnelRow | undefined): Record<string, number> {
  if (!row?.firstSentAt) return {};
  const part: Record<string, number> = { requestsSent: 1 };
  if (!row.respondedAt) return part;
  const hours = Math.max(
    0,
    Math.round((row.respondedAt.getTime() - row.firstSentAt.getTime()) / HOUR_MS),
  );
  part['responses'] = 1;
  part['followUpsOfReplies'] = row.followUpsSent ?? 0;
  part[`replyHours.h${hours}`] = 1;
  if (row.outcome) part[`outcomes.${row.outcome}`] = 1;
  return part;
}

/** `after − before`, without the fields that did not move. */
export function differenceOf(
  after: Record<string, number>,
  before: Record<string, number>,
): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const field of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const change = (after[field] ?? 0) - (before[field] ?? 0);
    if (change !== 0) delta[field] = change;
  }
  return delta;
}

/** Adds `$inc`-shaped fields to totals (in memory: rows, a coach's members, a rebuild). */
export function addTo(totals: FunnelTotals, part: Record<string, number>): FunnelTotals {
  for (const [field, value] of Object.entries(part)) {
    const [head, key] = field.split('.') as [keyof FunnelTotals, string | undefined];
    if (key === undefined) (totals[head] as number) += value;
    else {
      const map = totals[head] as Record<string, number>;
      map[key] = (map[key] ?? 0) + value;
    }
  }
  return totals;
}

const round = (value: number, places: number): number => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

function medianHours(histogram: Record<string, number>): number | null {
  const buckets = Object.entries(histogram)
    .map(([key, count]) => [Number(key.slice(1)), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const nth = (index: number): number => {
    let seen = 0;
    for (const [hours, count] of buckets) {
      seen += count;
      if (index < seen) return hours;
    }
    return buckets.at(-1)![0];
  };
  return (nth(Math.floor((total - 1) / 2)) + nth(Math.floor(total / 2))) / 2;
}

/**
 * Requests → replies for a set of members. A reply is any recorded answer (yes, no, a referral or
 * something else); days to reply count from the first request; follow-ups per reply is how many
 * follow-ups the answered requests needed, on average. Ratios are null when there is nothing to
 * divide by, rather than a misleading zero.
 */
export function figuresOf(totals: FunnelTotals) {
  const { requestsSent: sent, responses: replied } = totals;
  const median = medianHours(totals.replyHours);
  return {
    members: totals.members,
    requestsSent: sent,
    responses: replied,
    replyRate: sent === 0 ? null : round(replied / sent, 3),
    medianDaysToReply: median === null ? null : round(median / 24, 1),
    followUpsPerReply: replied === 0 ? null : round(totals.followUpsOfReplies / replied, 2),
    outcomes: Object.fromEntries(
      RESPONSE_OUTCOMES.map((outcome) => [outcome, totals.outcomes[outcome] ?? 0]),
    ) as Record<ResponseOutcome, number>,
  };
}

/** The figures of individual relationships (the same sums the counters keep). */
export function funnelFigures(rows: readonly FunnelRow[]) {
  const totals = emptyTotals();
  for (const row of rows) addTo(totals, contributionOf(row));
  totals.members = new Set(rows.filter((row) => row.firstSentAt).map((row) => row.memberId)).size;
  return figuresOf(totals);
}

export type FunnelFigures = ReturnType<typeof funnelFigures>;
