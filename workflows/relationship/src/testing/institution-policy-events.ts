import type { EventInit } from '@rapport/contracts';

/** The fields of rapport.institutions.v1.InstitutionPolicy as plain data. */
export interface PolicyFields {
  followUpIntervalDays: number;
  maxFollowUps: number;
  businessDays: boolean;
  timeZone: string;
  quietHours: { start: string; end: string };
  keepInTouchWeeks: number;
  thankYouDeadlineHours: number;
  guidance: { warnWords: number; maxWords: number; suggestedMinutes: number; maxMinutes: number };
}

/** A complete, valid institution policy: the defaults an institution starts from. */
export const INSTITUTION_DEFAULTS: PolicyFields = {
  followUpIntervalDays: 14,
  maxFollowUps: 3,
  businessDays: false,
  timeZone: 'UTC',
  quietHours: { start: '21:00', end: '08:00' },
  keepInTouchWeeks: 8,
  thankYouDeadlineHours: 48,
  guidance: { warnWords: 100, maxWords: 150, suggestedMinutes: 20, maxMinutes: 30 },
};

/** A PolicyChanged as the gateway publishes it: the whole policy, its version, and urgency. */
export function policyChanged(
  institutionId: string,
  version: number,
  changes: Partial<PolicyFields>,
  urgent = false,
): EventInit<'rapport.institutions.v1.PolicyChanged'> {
  return { institutionId, version, urgent, policy: { ...INSTITUTION_DEFAULTS, ...changes } };
}
