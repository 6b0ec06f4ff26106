import { z } from 'zod';
import { type IsoWeek, ISO_WEEK_PATTERN, weeksBetween } from './iso-week';

/** Two years of weeks: enough for a programme's cohorts, and 104 `_id` reads at most. */
export const MAX_FUNNEL_WEEKS = 104;

const isoWeek = z
  .string()
  .regex(ISO_WEEK_PATTERN, { error: 'must be an ISO week such as 2026-W09' })
  .transform((week) => week as IsoWeek);

export const funnelWeeksRequest = z
  .strictObject({
    from: isoWeek.optional(),
    to: isoWeek.optional(),
    /** Without `from`: how many weeks up to `to` (so a screen needs no week arithmetic). */
    weeks: z.coerce.number().int().min(1).max(MAX_FUNNEL_WEEKS).optional(),
  })
  .superRefine(({ from, to, weeks }, ctx) => {
    if (from && weeks !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['weeks'], message: 'give either from or weeks' });
    }
    if (!from || !to) return;
    const span = weeksBetween(from, to).length;
    if (span === 0)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not come before from' });
    if (span > MAX_FUNNEL_WEEKS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `at most ${MAX_FUNNEL_WEEKS} weeks after from`,
      });
    }
  });
export type FunnelWeeksRequest = z.infer<typeof funnelWeeksRequest>;
