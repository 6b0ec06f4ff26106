import { HOUR_MS } from '@rapport/platform/zoned-time';
import type { RelationshipPolicy } from './policy';
import { latestAllowedTime } from './policy-time';
import type { FollowUpSent, InterviewScheduled, ResponseReceived } from './signals';
import type { RelationshipState, Stage } from './state';

/** A signal as the workflow applies it: `at` is already clamped to the workflow clock. */
export type LifecycleSignal =
  | { kind: 'outreachSent' }
  | { kind: 'followUpSent'; payload: FollowUpSent }
  | {
      kind: 'responseReceived';
      payload: ResponseReceived;
      /**
       * Whether an `other` answer stops the follow-ups (moves to responded). False only when
       * replaying histories from before that change, which treated it like a referral.
       */
      otherAnswerStopsFollowUps: boolean;
    }
  | { kind: 'interviewScheduled'; payload: InterviewScheduled }
  | { kind: 'interviewRescheduled'; payload: InterviewScheduled }
  | { kind: 'interviewCancelled' }
  | { kind: 'interviewCompleted' }
  | { kind: 'thankYouSent' }
  | { kind: 'touchLogged' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'close' }
  | { kind: 'reopen' };

export type Outcome = { applied: true } | { applied: false; reason: string };

const APPLIED: Outcome = { applied: true };
const ignored = (state: RelationshipState, kind: string): Outcome => ({
  applied: false,
  reason: `${kind} is not valid while ${state.stage}`,
});

function touch(state: RelationshipState, at: number): void {
  state.lastTouchAt = Math.max(state.lastTouchAt ?? at, at);
  state.keepInTouchAnchorAt = state.lastTouchAt;
  state.touches += 1;
}

function schedule(
  state: RelationshipState,
  interviewAt: number,
  now: number,
  policy: RelationshipPolicy,
): void {
  state.stage = 'scheduled';
  state.interviewAt = interviewAt;
  // Reminders whose moment has already passed are not raised late: they are simply done.
  state.remindersDone = policy.interviewReminderHours.filter(
    (hours) => latestAllowedTime(interviewAt - hours * HOUR_MS, policy, state.dstRule) <= now,
  );
}

/**
 * Applies one (already de-duplicated) signal. Pure apart from mutating `state`; `at` is when it
 * happened, `now` the workflow clock.
 */
export function applySignal(
  state: RelationshipState,
  signal: LifecycleSignal,
  at: number,
  now: number,
  policy: RelationshipPolicy,
): Outcome {
  const { stage } = state;
  switch (signal.kind) {
    case 'outreachSent':
      if (stage !== 'prepared') return ignored(state, signal.kind);
      state.stage = 'awaiting-reply';
      state.followUpAnchorAt = at;
      touch(state, at);
      return APPLIED;
    case 'followUpSent':
      if (stage !== 'awaiting-reply' && stage !== 'unresponsive')
        return ignored(state, signal.kind);
      state.stage = 'awaiting-reply';
      state.followUpsSent += 1;
      state.followUpAnchorAt = Math.max(state.followUpAnchorAt ?? at, at);
      touch(state, at);
      return APPLIED;
    case 'responseReceived': {
      const { outcome } = signal.payload;
      // The member saying what an unclassified answer means: not a new answer, so not a touch.
      const classifies = stage === 'responded' && state.outcome === 'other' && outcome !== 'other';
      if (stage !== 'awaiting-reply' && stage !== 'unresponsive' && !classifies)
        return ignored(state, signal.kind);
      state.outcome = outcome;
      if (!classifies) touch(state, at);
      if (outcome === 'declined') {
        state.stage = 'closed';
        state.returnTo = 'responded';
      } else if (outcome === 'other' && signal.otherAnswerStopsFollowUps) state.stage = 'responded';
      else state.stage = outcome === 'accepted' ? 'responded' : 'keeping-in-touch';
      return APPLIED;
    }
    case 'interviewScheduled': {
      const allowed: Stage[] = ['awaiting-reply', 'responded', 'unresponsive', 'thanked'];
      if (!allowed.includes(stage) && stage !== 'keeping-in-touch')
        return ignored(state, signal.kind);
      schedule(state, signal.payload.interviewAt, now, policy);
      return APPLIED;
    }
    case 'interviewRescheduled':
      if (stage !== 'scheduled') return ignored(state, signal.kind);
      schedule(state, signal.payload.interviewAt, now, policy);
      return APPLIED;
    case 'interviewCancelled':
      if (stage !== 'scheduled') return ignored(state, signal.kind);
      state.stage = 'responded';
      state.interviewAt = undefined;
      return APPLIED;
    case 'interviewCompleted':
      if (stage !== 'scheduled') return ignored(state, signal.kind);
      state.stage = 'interviewed';
      state.interviewCompletedAt = at;
      state.thankYouDone = [];
      touch(state, at);
      return APPLIED;
    case 'thankYouSent':
      if (stage !== 'interviewed') return ignored(state, signal.kind);
      state.stage = 'thanked';
      touch(state, at);
      return APPLIED;
    case 'touchLogged':
      if (stage === 'closed' || stage === 'prepared') return ignored(state, signal.kind);
      touch(state, at);
      return APPLIED;
    case 'pause':
      if (stage === 'paused' || stage === 'closed') return ignored(state, signal.kind);
      state.returnTo = stage;
      state.stage = 'paused';
      state.pausedAt = now;
      return APPLIED;
    case 'resume': {
      if (stage !== 'paused') return ignored(state, signal.kind);
      // Time spent paused does not count towards a follow-up or a keep-in-touch nudge.
      const pausedFor = now - (state.pausedAt ?? now);
      if (state.followUpAnchorAt !== undefined) state.followUpAnchorAt += pausedFor;
      if (state.keepInTouchAnchorAt !== undefined) state.keepInTouchAnchorAt += pausedFor;
      state.stage = state.returnTo ?? 'prepared';
      state.pausedAt = undefined;
      return APPLIED;
    }
    case 'close':
      if (stage === 'closed') return ignored(state, signal.kind);
      if (stage !== 'paused') state.returnTo = stage;
      state.stage = 'closed';
      return APPLIED;
    case 'reopen':
      return reopen(state, now);
    default: {
      const unknownSignal: never = signal;
      throw new Error(`unknown signal ${JSON.stringify(unknownSignal)}`);
    }
  }
}

function reopen(state: RelationshipState, now: number): Outcome {
  if (state.stage !== 'closed') return ignored(state, 'reopen');
  state.stage = state.returnTo ?? 'prepared';
  // A reopened relationship starts its cadences afresh rather than firing everything overdue.
  if (state.stage === 'awaiting-reply' || state.stage === 'unresponsive') {
    state.stage = 'awaiting-reply';
    state.followUpAnchorAt = now;
    state.followUpsRaised = 0;
    state.secondContactRaised = false;
  }
  if (state.keepInTouchAnchorAt !== undefined) state.keepInTouchAnchorAt = now;
  return APPLIED;
}
