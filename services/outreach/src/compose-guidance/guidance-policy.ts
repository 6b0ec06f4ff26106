import { type GuidancePolicy } from './guidance.types';

/**
 * Defaults when an institution sets no policy of its own: under ~100 words is the common advice
 * for a first request, and 20 minutes (never more than 30) is the usual size of the ask.
 */
export const DEFAULT_GUIDANCE_POLICY: Readonly<GuidancePolicy> = Object.freeze({
  warnWords: 100,
  maxWords: 150,
  suggestedMinutes: 20,
  maxMinutes: 30,
});

/** Why thresholds cannot be used (an institution's, or a caller's own); empty when they can. */
export function guidancePolicyProblems(policy: GuidancePolicy): string[] {
  const problems: string[] = [];
  const counts = Object.entries(policy).filter(
    ([, value]) => !Number.isInteger(value) || value < 1,
  );
  for (const [field] of counts) problems.push(`${field} must be a whole number from 1`);
  if (policy.warnWords > policy.maxWords) problems.push('warnWords must not exceed maxWords');
  if (policy.suggestedMinutes > policy.maxMinutes)
    problems.push('suggestedMinutes must not exceed maxMinutes');
  return problems;
}
