import { DEFAULT_INSTITUTION_POLICY as DEFAULT_POLICY_FIELDS } from '@rapport/contracts';
import { z } from 'zod';
import { CLOCK_TIME, isTimeZone } from '@rapport/platform/zoned-time';

const whole = (min: number, max: number) =>
  z
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` });

const clockTime = z
  .string({ error: 'must be a local time HH:MM' })
  .regex(CLOCK_TIME, { error: 'must be a local time HH:MM' });

const guidanceSchema = z
  .strictObject({
    warnWords: whole(1, 1000),
    maxWords: whole(1, 1000),
    suggestedMinutes: whole(5, 240),
    maxMinutes: whole(5, 240),
  })
  // Each rule names the field an admin would change, and runs whenever both sides are numbers,
  // so one answer lists every problem instead of the first few.
  .refine((g) => g.warnWords < g.maxWords, {
    error: 'must be below maxWords',
    path: ['warnWords'],
    when: ({ value }) => bothNumbers(value, 'warnWords', 'maxWords'),
  })
  .refine((g) => g.suggestedMinutes <= g.maxMinutes, {
    error: 'must be at most maxMinutes',
    path: ['suggestedMinutes'],
    when: ({ value }) => bothNumbers(value, 'suggestedMinutes', 'maxMinutes'),
  });

/**
 * An institution's values for every relationship of its members: the contract's
 * InstitutionPolicy, validated here once, at the edge where admins change it.
 */
export const institutionPolicySchema = z.strictObject({
  followUpIntervalDays: whole(1, 90),
  maxFollowUps: whole(0, 10),
  businessDays: z.boolean({ error: 'must be true or false' }),
  timeZone: z
    .string({ error: 'must be an IANA time zone' })
    .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Berlin' }),
  /** Equal start and end mean no quiet hours. */
  quietHours: z.strictObject({ start: clockTime, end: clockTime }),
  keepInTouchWeeks: whole(1, 104),
  thankYouDeadlineHours: whole(1, 336),
  guidance: guidanceSchema,
});

export type InstitutionPolicy = z.infer<typeof institutionPolicySchema>;

/** What a new institution starts with: the defaults the workflow and outreach used before. */
export const DEFAULT_INSTITUTION_POLICY: InstitutionPolicy = structuredClone(DEFAULT_POLICY_FIELDS);

export const brandingSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(100),
  primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour #rrggbb' }),
  /** https only: the console and mail show it to every member. Empty for none. */
  logoUrl: z.union([z.literal(''), z.url({ protocol: /^https$/, error: 'must be an https URL' })]),
});

export type Branding = z.infer<typeof brandingSchema>;

function bothNumbers(value: unknown, a: string, b: string): boolean {
  const record = value as Record<string, unknown>;
  return typeof record[a] === 'number' && typeof record[b] === 'number';
}
