import { z } from 'zod';
import { v1Get, v1Path } from '../app/v1-client';

// The outreach service's weekly series (institution-funnel/funnel-weeks.*): a request counts in
// the week it was first sent, a reply in the week it came. Admins only.
const weekSchema = z.object({
  week: z.string(),
  requestsSent: z.number(),
  responses: z.number(),
  replyRate: z.number().nullable(),
  medianDaysToReply: z.number().nullable(),
  followUpsPerReply: z.number().nullable(),
  outcomes: z.record(z.string(), z.number()),
});
export type FunnelWeek = z.infer<typeof weekSchema>;
const seriesSchema = z.object({ from: z.string(), to: z.string(), weeks: z.array(weekSchema) });
export type FunnelWeekSeries = z.infer<typeof seriesSchema>;

/** The gateway caps a series at 104 weeks; the page offers these spans. */
export const WEEK_SPANS = [13, 26, 52, 104] as const;
export type WeekSpan = (typeof WEEK_SPANS)[number];

/** The last `span` weeks, this one included (the service works out which weeks those are). */
export function fetchFunnelWeeks(span: WeekSpan): Promise<FunnelWeekSeries> {
  return v1Get(`${v1Path`/funnel/weeks`}?weeks=${span}`, seriesSchema);
}
