import {
  ActivityFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { DueItem, RelationshipActivities } from '../activities/relationship.activities';
import { markRaised, nextDue } from './due';
import { DEFAULT_POLICY, policyProblems, resolvePolicy, type PolicyOverride } from './policy';
import * as signals from './signals';
import {
  initialState,
  firstSighting,
  record,
  viewOf,
  type DueAction,
  type RelationshipIds,
  type RelationshipState,
  type RelationshipView,
} from './state';
import { workflowNow } from './workflow-clock';
import { applySignal, type LifecycleSignal } from './transitions';

export interface RelationshipInput extends RelationshipIds {
  /** Institution default merged with the member's override. */
  policy?: PolicyOverride;
  /** Set only by continueAsNew. */
  carried?: RelationshipState;
}

/**
 * Since this patch an `other` answer (a reply matched from email, not yet classified by the
 * member) moves the relationship to responded and stops its follow-ups; histories recorded before
 * it replay the old way. Retire with deprecatePatch once no such workflow is still running.
 */
export const OTHER_ANSWER_STOPS_FOLLOW_UPS = 'reply-of-any-kind-stops-follow-ups';

/** Each run raises at most this many keep-in-touch nudges before continuing as new. */
export const KEEP_IN_TOUCH_CYCLES_PER_RUN = 6;

const activities = proxyActivities<RelationshipActivities>({
  startToCloseTimeout: '30 seconds',
  // A due item may wait hours for its context to come back, but not forever: after this the
  // workflow records the failure and moves on rather than blocking every later nudge.
  scheduleToCloseTimeout: '1 day',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    nonRetryableErrorTypes: ['InvalidDueItem'],
  },
});

const UNRESPONSIVE_SUGGESTION =
  'No reply after the follow-ups: try another person at the same organisation, or a warm introduction.';

function raise(state: RelationshipState, due: DueAction, item: DueItem): Promise<void> {
  switch (due.kind) {
    case 'second-contact':
      return activities.raiseSecondContactDue(item);
    case 'follow-up': {
      const mode = resolvePolicy(DEFAULT_POLICY, state.policyOverride).mode;
      return activities.raiseFollowUpDue({ ...item, sequence: due.sequence, mode });
    }
    case 'unresponsive':
      return activities.markUnresponsive({ ...item, suggestion: UNRESPONSIVE_SUGGESTION });
    case 'interview-reminder':
      return activities.raiseInterviewReminderDue({
        ...item,
        interviewAt: state.interviewAt ?? due.at,
        hoursBefore: due.hoursBefore,
      });
    case 'thank-you-reminder':
    case 'thank-you-deadline':
      return activities.raiseThankYouDue({
        ...item,
        interviewCompletedAt: state.interviewCompletedAt ?? due.at,
        kind: due.kind === 'thank-you-reminder' ? 'reminder' : 'deadline',
      });
    case 'keep-in-touch':
      return activities.raiseKeepInTouchDue({
        ...item,
        lastTouchAt: state.lastTouchAt ?? null,
        cycle: state.keepInTouchRaised + 1,
      });
    default: {
      const unknownDue: never = due;
      throw new Error(`unknown due item ${JSON.stringify(unknownDue)}`);
    }
  }
}

/** One relationship (member × contact), from the first request through years of keeping in touch. */
export async function relationshipLifecycle(input: RelationshipInput): Promise<RelationshipView> {
  const { carried, policy: override, ...ids } = input;
  const state = carried ?? initialState(ids, override ?? {});
  const policy = () => resolvePolicy(DEFAULT_POLICY, state.policyOverride);
  // Bumped by every applied message so the body re-plans its timer.
  let changes = 0;

  const handle = <P extends signals.SignalBase>(
    what: string,
    toSignal: (payload: P) => LifecycleSignal,
  ) => {
    return (payload: P) => {
      if (!firstSighting(state, payload.sourceEventId)) {
        state.duplicatesIgnored += 1;
        return;
      }
      const now = workflowNow();
      const at = Math.min(payload.occurredAt ?? now, now);
      const outcome = applySignal(state, toSignal(payload), at, now, policy());
      record(state, {
        at: now,
        what,
        sourceEventId: payload.sourceEventId,
        result: outcome.applied ? 'applied' : 'ignored',
        ...(outcome.applied ? {} : { note: outcome.reason }),
      });
      if (outcome.applied) changes += 1;
    };
  };
  const plain = (kind: Exclude<LifecycleSignal, { payload: unknown }>['kind']) =>
    handle<signals.SignalBase>(kind, () => ({ kind }));

  setHandler(signals.outreachSentSignal, plain('outreachSent'));
  setHandler(
    signals.followUpSentSignal,
    handle('followUpSent', (payload: signals.FollowUpSent) => ({ kind: 'followUpSent', payload })),
  );
  setHandler(
    signals.responseReceivedSignal,
    handle('responseReceived', (payload: signals.ResponseReceived) => ({
      kind: 'responseReceived',
      payload,
      // Asked only for an `other` answer, so only those workflows carry the patch marker.
      otherAnswerStopsFollowUps:
        payload.outcome === 'other' && patched(OTHER_ANSWER_STOPS_FOLLOW_UPS),
    })),
  );
  setHandler(
    signals.interviewScheduledSignal,
    handle('interviewScheduled', (payload: signals.InterviewScheduled) => ({
      kind: 'interviewScheduled',
      payload,
    })),
  );
  setHandler(
    signals.interviewRescheduledSignal,
    handle('interviewRescheduled', (payload: signals.InterviewScheduled) => ({
      kind: 'interviewRescheduled',
      payload,
    })),
  );
  setHandler(signals.interviewCancelledSignal, plain('interviewCancelled'));
  setHandler(signals.interviewCompletedSignal, plain('interviewCompleted'));
  setHandler(signals.thankYouSentSignal, plain('thankYouSent'));
  setHandler(signals.touchLoggedSignal, plain('touchLogged'));
  setHandler(signals.pauseSignal, plain('pause'));
  setHandler(signals.resumeSignal, plain('resume'));
  setHandler(signals.closeSignal, plain('close'));
  setHandler(signals.reopenSignal, plain('reopen'));

  setHandler(signals.policyChangedSignal, (payload) => {
    if (!firstSighting(state, payload.sourceEventId)) {
      state.duplicatesIgnored += 1;
      return;
    }
    const candidate = { ...state.policyOverride, ...payload.policy };
    const problems = policyProblems(resolvePolicy(DEFAULT_POLICY, candidate));
    record(state, {
      at: workflowNow(),
      what: 'policyChanged',
      sourceEventId: payload.sourceEventId,
      result: problems.length === 0 ? 'applied' : 'ignored',
      ...(problems.length === 0 ? {} : { note: problems.join('; ') }),
    });
    if (problems.length > 0) return;
    state.policyOverride = candidate;
    changes += 1;
  });

  setHandler(
    signals.changePolicyUpdate,
    (override) => {
      state.policyOverride = { ...state.policyOverride, ...override };
      record(state, { at: workflowNow(), what: 'changePolicy', result: 'applied' });
      changes += 1;
      return viewOf(state, policy(), nextDue(state, policy()));
    },
    {
      // Rejected before it reaches history: the caller gets the reasons, the workflow is untouched.
      validator: (override: PolicyOverride) => {
        const problems = policyProblems(
          resolvePolicy(DEFAULT_POLICY, { ...state.policyOverride, ...override }),
        );
        if (problems.length > 0) throw new Error(`invalid policy: ${problems.join('; ')}`);
      },
    },
  );

  setHandler(signals.relationshipQuery, () => viewOf(state, policy(), nextDue(state, policy())));

  let keepInTouchThisRun = 0;
  for (;;) {
    if (workflowInfo().continueAsNewSuggested || keepInTouchThisRun >= KEEP_IN_TOUCH_CYCLES_PER_RUN)
      break;
    const due = nextDue(state, policy());
    const seen = changes;
    if (!due) {
      await condition(() => changes !== seen || workflowInfo().continueAsNewSuggested);
      continue;
    }
    const waitMs = due.at - workflowNow();
    if (waitMs > 0 && (await condition(() => changes !== seen, waitMs))) continue;

    state.timerSequence += 1;
    const item: DueItem = {
      idempotencyKey: `${workflowInfo().workflowId}:${state.timerSequence}`,
      ...state.ids,
      dueAt: due.at,
    };
    try {
      await raise(state, due, item);
      record(state, { at: workflowNow(), what: due.kind, result: 'raised' });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      // A nudge that could not be raised must not stop every later one.
      log.warn('due item could not be raised', { kind: due.kind, error: error.message });
      record(state, { at: workflowNow(), what: due.kind, result: 'failed', note: error.message });
    }
    markRaised(state, due, policy());
    if (due.kind === 'keep-in-touch') keepInTouchThisRun += 1;
  }

  await condition(allHandlersFinished);
  return continueAsNew<typeof relationshipLifecycle>({ ...ids, carried: state });
}
