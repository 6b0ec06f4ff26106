import { CLOCK_TIME, isTimeZone } from '@rapport/platform/zoned-time';
import { z } from 'zod';

// The relationship policy: one zod schema gives both its type and its validation. It runs inside
// the workflow sandbox (signal and update validation), where zod needs nothing but plain JS.

const wholeNumber = (min: number, max: number, message: string) =>
  z.int({ error: message }).min(min, { error: message }).max(max, { error: message });

const CLOCK_MESSAGE = 'quietHours must be { start, end } in HH:MM';
// A copy of the pattern: zod resets a pattern's lastIndex before each test, and the exported
// CLOCK_TIME is frozen when the worker preloads this module (workflow-bundle.ts).
const clockTime = z
  .string({ error: CLOCK_MESSAGE })
  .regex(new RegExp(CLOCK_TIME), { error: CLOCK_MESSAGE });
const REMINDER_MESSAGE = 'thankYouReminderHours must be whole hours before the deadline';
const HOURS_BEFORE_MESSAGE = 'interviewReminderHours must be up to 5 whole hours from 1 to 336';

// Not exported, on purpose: the worker preloads this module (workflow-bundle.ts) and the SDK
// deep-freezes what a preloaded module exports, but zod memoizes its methods and internals onto
// the schema objects on first use, which a frozen schema refuses. Reached only through the
// functions below, the schema stays unfrozen (one per worker context, shared by its workflows).
const relationshipPolicySchema = z
  .object({
    followUpIntervalDays: wholeNumber(
      1,
      90,
      'followUpIntervalDays must be a whole number from 1 to 90',
    ),
    maxFollowUps: wholeNumber(0, 10, 'maxFollowUps must be a whole number from 0 to 10'),
    businessDays: z.boolean({ error: 'businessDays must be true or false' }),
    timeZone: z
      .string({ error: 'timeZone must be an IANA time zone' })
      .refine(isTimeZone, { error: 'timeZone must be an IANA time zone' }),
    /** Local "HH:MM"; nothing fires from start up to end. start === end means no quiet hours. */
    quietHours: z.object({ start: clockTime, end: clockTime }, { error: CLOCK_MESSAGE }),
    mode: z.enum(['standard', '3b7'], { error: "mode must be 'standard' or '3b7'" }),
    /** Hours before the interview at which a reminder to prepare is raised. */
    interviewReminderHours: z
      .array(wholeNumber(1, 24 * 14, HOURS_BEFORE_MESSAGE), { error: HOURS_BEFORE_MESSAGE })
      .max(5, { error: HOURS_BEFORE_MESSAGE }),
    thankYouDeadlineHours: wholeNumber(
      1,
      24 * 14,
      'thankYouDeadlineHours must be a whole number from 1 to 336',
    ),
    thankYouReminderHours: wholeNumber(1, 24 * 14, REMINDER_MESSAGE),
    keepInTouchWeeks: wholeNumber(1, 104, 'keepInTouchWeeks must be a whole number from 1 to 104'),
  })
  .refine((policy) => policy.thankYouReminderHours < policy.thankYouDeadlineHours, {
    error: REMINDER_MESSAGE,
    path: ['thankYouReminderHours'],
    // Compared whenever both are numbers, so one call names every problem, not the first few.
    when: ({ value }) => {
      const { thankYouReminderHours, thankYouDeadlineHours } = value as Record<string, unknown>;
      return typeof thankYouReminderHours === 'number' && typeof thankYouDeadlineHours === 'number';
    },
  });

export type RelationshipPolicy = z.infer<typeof relationshipPolicySchema>;
export type CadenceMode = RelationshipPolicy['mode'];
export type PolicyOverride = Partial<RelationshipPolicy>;

export const DEFAULT_POLICY: RelationshipPolicy = {
  followUpIntervalDays: 14,
  maxFollowUps: 3,
  businessDays: false,
  timeZone: 'UTC',
  quietHours: { start: '21:00', end: '08:00' },
  mode: 'standard',
  interviewReminderHours: [48, 2],
  thankYouDeadlineHours: 48,
  thankYouReminderHours: 24,
  keepInTouchWeeks: 8,
};

export function resolvePolicy(base: RelationshipPolicy, override?: PolicyOverride) {
  return { ...base, ...(override ?? {}) };
}

const FIELDS = Object.keys(relationshipPolicySchema.shape);

/** Every reason the policy is unusable, once each, in field order; empty when it is valid. */
export function policyProblems(policy: RelationshipPolicy): string[] {
  const result = relationshipPolicySchema.safeParse(policy);
  if (result.success) return [];
  const fieldIndex = (path: readonly PropertyKey[]) => FIELDS.indexOf(String(path[0]));
  const issues = [...result.error.issues].sort((a, b) => fieldIndex(a.path) - fieldIndex(b.path));
  return [...new Set(issues.map((issue) => issue.message))];
}
