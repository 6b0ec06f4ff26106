import type { InstitutionPolicy } from '@rapport/contracts';
import {
  DEFAULT_POLICY,
  policyProblems,
  resolvePolicy,
  type PolicyOverride,
} from '../workflows/policy';

/** The worker's read model of `rapport.institutions.v1.PolicyChanged`, one latest version per tenant. */
export const INSTITUTION_POLICIES = 'institution_policies';

/**
 * The relationship fields of an institution's policy. The reminder before the thank-you deadline
 * is not an institution setting: it stays at the default unless the institution's deadline is
 * that short, then it falls halfway to the deadline so the pair stays valid.
 */
export function relationshipFieldsOf(policy: InstitutionPolicy): PolicyOverride {
  const deadline = policy.thankYouDeadlineHours;
  return {
    followUpIntervalDays: policy.followUpIntervalDays,
    maxFollowUps: policy.maxFollowUps,
    businessDays: policy.businessDays,
    timeZone: policy.timeZone,
    quietHours: { start: policy.quietHours?.start ?? '', end: policy.quietHours?.end ?? '' },
    keepInTouchWeeks: policy.keepInTouchWeeks,
    thankYouDeadlineHours: deadline,
    thankYouReminderHours: Math.min(
      DEFAULT_POLICY.thankYouReminderHours,
      Math.max(1, Math.floor(deadline / 2)),
    ),
  };
}

/** Why the institution's values cannot drive a relationship; empty when they can. */
export function institutionPolicyProblems(override: PolicyOverride): string[] {
  return policyProblems(resolvePolicy(DEFAULT_POLICY, override));
}
