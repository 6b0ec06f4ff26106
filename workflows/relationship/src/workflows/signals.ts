import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { PolicyOverride } from './policy';
import type { RelationshipView } from './state';

/** Every signal names the event it came from, so a redelivered event changes nothing. */
export interface SignalBase {
  sourceEventId: string;
  /** When it happened (epoch ms); timers count from here, never from a later delivery. */
  occurredAt?: number;
}

/** `other`: the contact answered (e.g. a reply matched from email) but the member has not yet
 * said what the answer means; a later accepted, declined or referred classifies it. */
export type ResponseOutcome = 'accepted' | 'declined' | 'referred' | 'other';

export interface ResponseReceived extends SignalBase {
  outcome: ResponseOutcome;
}
export interface FollowUpSent extends SignalBase {
  sequence: number;
}
export interface InterviewScheduled extends SignalBase {
  /** Start of the interview, epoch ms. */
  interviewAt: number;
}
export interface PolicyChanged extends SignalBase {
  policy: PolicyOverride;
}

/**
 * The institution published policy `version`. Sent to all of a tenant's running workflows at once
 * by a batch operation, so it carries no event id: the version itself makes a repeat harmless.
 */
export interface InstitutionPolicyChanged {
  version: number;
}

export const outreachSentSignal = defineSignal<[SignalBase]>('outreachSent');
export const followUpSentSignal = defineSignal<[FollowUpSent]>('followUpSent');
export const responseReceivedSignal = defineSignal<[ResponseReceived]>('responseReceived');
export const interviewScheduledSignal = defineSignal<[InterviewScheduled]>('interviewScheduled');
export const interviewRescheduledSignal =
  defineSignal<[InterviewScheduled]>('interviewRescheduled');
export const interviewCancelledSignal = defineSignal<[SignalBase]>('interviewCancelled');
export const interviewCompletedSignal = defineSignal<[SignalBase]>('interviewCompleted');
export const thankYouSentSignal = defineSignal<[SignalBase]>('thankYouSent');
export const touchLoggedSignal = defineSignal<[SignalBase]>('touchLogged');
export const pauseSignal = defineSignal<[SignalBase]>('pause');
export const resumeSignal = defineSignal<[SignalBase]>('resume');
export const closeSignal = defineSignal<[SignalBase]>('close');
export const reopenSignal = defineSignal<[SignalBase]>('reopen');
export const policyChangedSignal = defineSignal<[PolicyChanged]>('policyChanged');
export const institutionPolicyChangedSignal = defineSignal<[InstitutionPolicyChanged]>(
  'institutionPolicyChanged',
);

/** Where the caller needs an answer: rejected by the validator when the policy is invalid. */
export const changePolicyUpdate = defineUpdate<RelationshipView, [PolicyOverride]>('changePolicy');

export const relationshipQuery = defineQuery<RelationshipView>('relationship');
