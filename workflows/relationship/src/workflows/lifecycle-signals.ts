import { patched, type SignalDefinition } from '@temporalio/workflow';
import * as signals from './signals';
import type { LifecycleSignal } from './transitions';

/**
 * Since this patch an `other` answer (a reply matched from email, not yet classified by the
 * member) moves the relationship to responded and stops its follow-ups; histories recorded before
 * it replay the old way. Retire with deprecatePatch once no such workflow is still running.
 */
export const OTHER_ANSWER_STOPS_FOLLOW_UPS = 'reply-of-any-kind-stops-follow-ups';

/** A signal and how its payload becomes the transition the workflow applies. */
export type ToLifecycle<P extends signals.SignalBase> = (payload: P) => LifecycleSignal;

/**
 * One row of the table. Each row has its own payload type, so a row hands its signal and
 * converter to a visitor instead of exposing them (a typed list of differently typed pairs).
 */
export type LifecycleSignalRoute = (
  visit: <P extends signals.SignalBase>(
    signal: SignalDefinition<[P]>,
    toLifecycle: ToLifecycle<P>,
  ) => void,
) => void;

const route =
  <P extends signals.SignalBase>(
    signal: SignalDefinition<[P]>,
    toLifecycle: ToLifecycle<P>,
  ): LifecycleSignalRoute =>
  (visit) =>
    visit(signal, toLifecycle);

type PlainKind = Exclude<LifecycleSignal, { payload: unknown }>['kind'];
const plain = (signal: SignalDefinition<[signals.SignalBase]>, kind: PlainKind) =>
  route(signal, () => ({ kind }));

/**
 * Every lifecycle signal the workflow accepts; each is guarded and recorded the same way. The
 * order is the order of registration, which decides the order in which signals that arrived
 * before their handler existed are applied (the SDK dispatches the first buffered signal that has
 * a handler): keep it, or recorded histories replay differently.
 */
export const LIFECYCLE_SIGNALS: readonly LifecycleSignalRoute[] = [
  plain(signals.outreachSentSignal, 'outreachSent'),
  route(signals.followUpSentSignal, (payload) => ({ kind: 'followUpSent', payload })),
  route(signals.responseReceivedSignal, (payload) => ({
    kind: 'responseReceived',
    payload,
    // Asked only for an `other` answer, so only those workflows carry the patch marker.
    otherAnswerStopsFollowUps:
      payload.outcome === 'other' && patched(OTHER_ANSWER_STOPS_FOLLOW_UPS),
  })),
  route(signals.interviewScheduledSignal, (payload) => ({ kind: 'interviewScheduled', payload })),
  route(signals.interviewRescheduledSignal, (payload) => ({
    kind: 'interviewRescheduled',
    payload,
  })),
  plain(signals.interviewCancelledSignal, 'interviewCancelled'),
  plain(signals.interviewCompletedSignal, 'interviewCompleted'),
  plain(signals.thankYouSentSignal, 'thankYouSent'),
  plain(signals.touchLoggedSignal, 'touchLogged'),
  plain(signals.pauseSignal, 'pause'),
  plain(signals.resumeSignal, 'resume'),
  plain(signals.closeSignal, 'close'),
  plain(signals.reopenSignal, 'reopen'),
];
