/** The fields of rapport.institutions.v1.InstitutionPolicy as plain data. */
export interface InstitutionPolicyFields {
  followUpIntervalDays: number;
  maxFollowUps: number;
  businessDays: boolean;
  timeZone: string;
  quietHours: { start: string; end: string };
  keepInTouchWeeks: number;
  thankYouDeadlineHours: number;
  guidance: { warnWords: number; maxWords: number; suggestedMinutes: number; maxMinutes: number };
}

/**
 * What an institution starts with, and what every reader assumes before its first PolicyChanged:
 * the classic two-week follow-up, three at most, quiet nights, eight weeks between touches, the
 * 48-hour thank-you, and a first request under about 100 words asking for 20 minutes.
 */
export const DEFAULT_INSTITUTION_POLICY: Readonly<InstitutionPolicyFields> = Object.freeze({
  followUpIntervalDays: 14,
  maxFollowUps: 3,
  businessDays: false,
  timeZone: 'UTC',
  quietHours: Object.freeze({ start: '21:00', end: '08:00' }),
  keepInTouchWeeks: 8,
  thankYouDeadlineHours: 48,
  guidance: Object.freeze({ warnWords: 100, maxWords: 150, suggestedMinutes: 20, maxMinutes: 30 }),
});
