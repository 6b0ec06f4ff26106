import { HOUR_MS } from '@rapport/platform/zoned-time';
import type { RelationshipPolicy } from './policy';
import { addDays, dueAfterDays, latestAllowedTime, nextAllowedTime } from './policy-time';
import type { DueAction, RelationshipState } from './state';

// 3B7: a second contact after 3 business days, one follow-up after 7, whatever the policy says.
const THREE_B7 = { secondContactDays: 3, followUpDays: 7, followUps: 1 };

function followUpDue(state: RelationshipState, policy: RelationshipPolicy): DueAction | undefined {
  const anchor = state.followUpAnchorAt;
  if (anchor === undefined) return undefined;
  if (policy.mode === '3b7') {
    const business = { ...policy, businessDays: true };
    if (!state.secondContactRaised && state.followUpsRaised === 0)
      return {
        kind: 'second-contact',
        at: dueAfterDays(anchor, THREE_B7.secondContactDays, business, state.dstRule),
      };
    const at = dueAfterDays(anchor, THREE_B7.followUpDays, business, state.dstRule);
    return state.followUpsRaised < THREE_B7.followUps
      ? { kind: 'follow-up', at, sequence: state.followUpsRaised + 1 }
      : { kind: 'unresponsive', at };
  }
  const at = dueAfterDays(anchor, policy.followUpIntervalDays, policy, state.dstRule);
  return state.followUpsRaised < policy.maxFollowUps
    ? { kind: 'follow-up', at, sequence: state.followUpsRaised + 1 }
    : { kind: 'unresponsive', at };
}

function keepInTouchDue(state: RelationshipState, policy: RelationshipPolicy) {
  const anchor = state.keepInTouchAnchorAt;
  if (anchor === undefined) return undefined;
  const action: DueAction = {
    kind: 'keep-in-touch',
    at: dueAfterDays(anchor, policy.keepInTouchWeeks * 7, policy, state.dstRule),
  };
  return action;
}

function interviewReminderDue(state: RelationshipState, policy: RelationshipPolicy) {
  if (state.interviewAt === undefined) return undefined;
  const pending = policy.interviewReminderHours
    .filter((hours) => !state.remindersDone.includes(hours))
    .sort((a, b) => b - a);
  const hoursBefore = pending[0];
  if (hoursBefore === undefined) return undefined;
  const action: DueAction = {
    kind: 'interview-reminder',
    hoursBefore,
    at: latestAllowedTime(state.interviewAt - hoursBefore * HOUR_MS, policy, state.dstRule),
  };
  return action;
}

function thankYouDue(state: RelationshipState, policy: RelationshipPolicy) {
  const completedAt = state.interviewCompletedAt;
  if (completedAt === undefined) return undefined;
  if (!state.thankYouDone.includes('reminder'))
    return {
      kind: 'thank-you-reminder',
      at: nextAllowedTime(
        completedAt + policy.thankYouReminderHours * HOUR_MS,
        policy,
        state.dstRule,
      ),
    } satisfies DueAction;
  if (!state.thankYouDone.includes('deadline'))
    return {
      kind: 'thank-you-deadline',
      at: nextAllowedTime(
        completedAt + policy.thankYouDeadlineHours * HOUR_MS,
        policy,
        state.dstRule,
      ),
    } satisfies DueAction;
  return keepInTouchDue(state, policy);
}

/** The next thing the relationship owes the member, if anything; pure, no clock. */
export function nextDue(state: RelationshipState, policy: RelationshipPolicy) {
  switch (state.stage) {
    case 'awaiting-reply':
      return followUpDue(state, policy);
    case 'scheduled':
      return interviewReminderDue(state, policy);
    case 'interviewed':
      return thankYouDue(state, policy);
    case 'thanked':
    case 'keeping-in-touch':
      return keepInTouchDue(state, policy);
    case 'prepared':
    case 'responded':
    case 'unresponsive':
    case 'paused':
    case 'closed':
      return undefined;
    default: {
      const unknownStage: never = state.stage;
      throw new Error(`unknown stage ${String(unknownStage)}`);
    }
  }
}

/** What raising a due item changes, once its activity has succeeded (or given up). */
export function markRaised(state: RelationshipState, due: DueAction, policy: RelationshipPolicy) {
  switch (due.kind) {
    case 'second-contact':
      state.secondContactRaised = true;
      return;
    case 'follow-up':
      state.followUpsRaised += 1;
      // The next interval counts from this due date, not from when the activity finished.
      if (state.followUpAnchorAt !== undefined && policy.mode === 'standard')
        state.followUpAnchorAt = addDays(
          state.followUpAnchorAt,
          policy.followUpIntervalDays,
          policy,
          state.dstRule,
        );
      else if (state.followUpAnchorAt !== undefined)
        state.followUpAnchorAt = addDays(
          state.followUpAnchorAt,
          THREE_B7.followUpDays,
          { ...policy, businessDays: true },
          state.dstRule,
        );
      return;
    case 'unresponsive':
      if (state.stage === 'awaiting-reply') state.stage = 'unresponsive';
      return;
    case 'interview-reminder':
      state.remindersDone.push(due.hoursBefore);
      return;
    case 'thank-you-reminder':
      state.thankYouDone.push('reminder');
      return;
    case 'thank-you-deadline':
      state.thankYouDone.push('deadline');
      return;
    case 'keep-in-touch':
      state.keepInTouchRaised += 1;
      if (state.keepInTouchAnchorAt !== undefined)
        state.keepInTouchAnchorAt = addDays(
          state.keepInTouchAnchorAt,
          policy.keepInTouchWeeks * 7,
          policy,
          state.dstRule,
        );
      if (state.stage === 'thanked' || state.stage === 'interviewed')
        state.stage = 'keeping-in-touch';
      return;
    default: {
      const unknownDue: never = due;
      throw new Error(`unknown due item ${JSON.stringify(unknownDue)}`);
    }
  }
}
