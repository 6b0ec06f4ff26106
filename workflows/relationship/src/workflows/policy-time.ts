import {
  addLocalDays,
  latestAllowedTime as latestAllowed,
  nextAllowedTime as nextAllowed,
  type LocalSchedule,
} from '@rapport/platform/zoned-time';
import { fromLocalBeforeOneDstRule } from './dst-rule-before-patch';
import type { RelationshipPolicy } from './policy';

/**
 * Which DST rule a run computes with: the zoned-time module's one rule, or, for a workflow that
 * started before the `one-dst-rule` patch, the rule its history was recorded under.
 */
export type DstRule = 'one-dst-rule' | 'before-one-dst-rule';

/** The policy's time fields as the zoned-time module reads them. */
export function scheduleOf(
  policy: RelationshipPolicy,
  dst: DstRule = 'one-dst-rule',
): LocalSchedule {
  return {
    timeZone: policy.timeZone,
    quietHours: policy.quietHours,
    businessDays: policy.businessDays,
    ...(dst === 'before-one-dst-rule' ? { fromLocal: fromLocalBeforeOneDstRule } : {}),
  };
}

/** Calendar days (keeping the local time of day) or business days (skipping Sat/Sun). */
export const addDays = (from: number, days: number, policy: RelationshipPolicy, dst?: DstRule) =>
  addLocalDays(from, days, scheduleOf(policy, dst));

/** The first moment at or after `at` outside quiet hours (and, with business days, weekends). */
export const nextAllowedTime = (at: number, policy: RelationshipPolicy, dst?: DstRule) =>
  nextAllowed(at, scheduleOf(policy, dst));

/** The last moment at or before `at` outside quiet hours: a reminder never slides past its event. */
export const latestAllowedTime = (at: number, policy: RelationshipPolicy, dst?: DstRule) =>
  latestAllowed(at, scheduleOf(policy, dst));

/** When a nudge `days` after `from` may fire under the policy. */
export const dueAfterDays = (
  from: number,
  days: number,
  policy: RelationshipPolicy,
  dst?: DstRule,
) => nextAllowedTime(addDays(from, days, policy, dst), policy, dst);
