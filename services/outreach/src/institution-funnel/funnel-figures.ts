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

const DAY_MS = 24 * 60 * 60 * 1000;

const round = (value: number, places: number): number => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Requests → replies for a set of members. A reply is any recorded answer (yes, no, a referral or
 * something else); days to reply count from the first request; follow-ups per reply is how many
 * follow-ups the answered requests needed, on average. Ratios are null when there is nothing to
 * divide by, rather than a misleading zero.
 */
export function funnelFigures(rows: readonly FunnelRow[]) {
  const sent = rows.filter((row) => row.firstSentAt);
  const replied = sent.filter((row) => row.respondedAt);
  const days = replied.map(
    (row) => (row.respondedAt!.getTime() - row.firstSentAt!.getTime()) / DAY_MS,
  );
  const followUps = replied.reduce((sum, row) => sum + (row.followUpsSent ?? 0), 0);
  const medianDays = median(days);
  return {
    members: new Set(sent.map((row) => row.memberId)).size,
    requestsSent: sent.length,
    responses: replied.length,
    replyRate: sent.length === 0 ? null : round(replied.length / sent.length, 3),
    medianDaysToReply: medianDays === null ? null : round(medianDays, 1),
    followUpsPerReply: replied.length === 0 ? null : round(followUps / replied.length, 2),
    outcomes: Object.fromEntries(
      RESPONSE_OUTCOMES.map((outcome) => [
        outcome,
        replied.filter((row) => row.outcome === outcome).length,
      ]),
    ) as Record<ResponseOutcome, number>,
  };
}

export type FunnelFigures = ReturnType<typeof funnelFigures>;
