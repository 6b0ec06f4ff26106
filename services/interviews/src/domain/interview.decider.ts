import type { Decider } from '@rapport/eventstore';
import type * as C from './interview.commands';
import type { InterviewEvent, Slot } from './interview.events';
import { InterviewRejected } from './interview-rejected';
import {
  draftThankYou,
  fulfilCommitment,
  logTouch,
  sendThankYou,
} from './after-interview.decisions';
import { idsOf, requireScheduled } from './interview-guards';
import { evolveInterview, initialInterviewState, type InterviewState } from './interview.state';

const sameSlot = (a: Slot, b: Slot) =>
  a.startsAt === b.startsAt &&
  a.durationMinutes === b.durationMinutes &&
  a.timeZone === b.timeZone &&
  a.format === b.format &&
  (a.location ?? '') === (b.location ?? '');

function schedule(command: C.ScheduleInterview, state: InterviewState): InterviewEvent[] {
  if (state.status !== 'none') {
    // A repeated request (same id, same body) answers as the first did; another body is a clash.
    if (state.fingerprint === command.fingerprint) return [];
    throw new InterviewRejected(
      'exists',
      `interview ${command.interviewId} exists with other details`,
    );
  }
  const { memberId, contactId, interviewId, slot, fingerprint } = command;
  return [
    {
      type: 'InterviewScheduled',
      data: {
        memberId,
        contactId,
        interviewId,
        ...slot,
        sequence: 0,
        fingerprint,
        at: command.at.toISOString(),
      },
    },
  ];
}

function reschedule(command: C.RescheduleInterview, state: InterviewState): InterviewEvent[] {
  const scheduled = requireScheduled(state, command.interviewId);
  if (sameSlot(scheduled.slot, command.slot)) return [];
  const sequence = scheduled.sequence + 1;
  const data = { ...idsOf(scheduled), ...command.slot, sequence, at: command.at.toISOString() };
  return [{ type: 'InterviewRescheduled', data }];
}

function cancel(command: C.CancelInterview, state: InterviewState): InterviewEvent[] {
  if (state.status === 'cancelled') return [];
  const scheduled = requireScheduled(state, command.interviewId);
  const { reason } = command;
  const data = {
    ...idsOf(scheduled),
    ...(reason ? { reason } : {}),
    sequence: scheduled.sequence + 1,
    at: command.at.toISOString(),
  };
  return [{ type: 'InterviewCancelled', data }];
}

function setQuestionPlan(command: C.SetQuestionPlan, state: InterviewState): InterviewEvent[] {
  // Questions are still marked asked after the conversation is recorded, never once cancelled.
  const arranged =
    state.status === 'completed' ? state : requireScheduled(state, command.interviewId);
  if (JSON.stringify(arranged.plan) === JSON.stringify(command.plan)) return [];
  const data = { ...idsOf(arranged), ...command.plan, at: command.at.toISOString() };
  const prepared = arranged.plan.questions.length > 0 || arranged.plan.introduction;
  const type = prepared ? 'QuestionPlanChanged' : 'QuestionPlanPrepared';
  return [{ type, data }];
}

function recordReply(command: C.RecordInvitationReply, state: InterviewState): InterviewEvent[] {
  // Replies arrive from the contact's calendar whenever it sends them: one to an older version
  // of the invitation, a repeat, or one after the interview was cancelled or held says nothing new.
  if (state.status !== 'scheduled') return [];
  if (command.sequence < state.sequence) return [];
  const { reply } = state;
  if (reply && reply.partstat === command.partstat && reply.sequence === command.sequence)
    return [];
  const { partstat, sequence } = command;
  return [
    {
      type: 'InvitationReplyRecorded',
      data: { ...idsOf(state), partstat, sequence, at: command.at.toISOString() },
    },
  ];
}

function complete(command: C.CompleteInterview, state: InterviewState): InterviewEvent[] {
  if (state.status === 'completed') {
    if (state.completionFingerprint === command.fingerprint) return [];
    throw new InterviewRejected('completed', 'this interview was recorded with other notes');
  }
  const scheduled = requireScheduled(state, command.interviewId);
  const data = {
    ...idsOf(scheduled),
    ...command.conversation,
    fingerprint: command.fingerprint,
    completedAt: command.at.toISOString(),
  };
  return [{ type: 'InterviewCompleted', data }];
}

/**
 * The order of an interview: scheduled, perhaps moved, then cancelled or held; thanks, commitments
 * and touches only after it was held. Every create repeats safely under its client-chosen id.
 */
export function decideInterview(
  command: C.InterviewCommand,
  state: InterviewState,
): InterviewEvent[] {
  switch (command.type) {
    case 'ScheduleInterview':
      return schedule(command, state);
    case 'RescheduleInterview':
      return reschedule(command, state);
    case 'CancelInterview':
      return cancel(command, state);
    case 'SetQuestionPlan':
      return setQuestionPlan(command, state);
    case 'RecordInvitationReply':
      return recordReply(command, state);
    case 'CompleteInterview':
      return complete(command, state);
    case 'DraftThankYou':
      return draftThankYou(command, state);
    case 'SendThankYou':
      return sendThankYou(command, state);
    case 'FulfilCommitment':
      return fulfilCommitment(command, state);
    case 'LogTouch':
      return logTouch(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

export const interviewDecider: Decider<C.InterviewCommand, InterviewEvent, InterviewState> = {
  decide: decideInterview,
  evolve: evolveInterview,
  initialState: initialInterviewState,
};

/** One stream per conversation; the member is part of the name, as ids are chosen by clients. */
export function interviewStreamId(memberId: string, interviewId: string): string {
  return `interview:${memberId}:${interviewId}`;
}

/** The relationship (member × contact), named as the relationship workflow names it. */
export function relationshipId(memberId: string, contactId: string): string {
  return `${memberId}:${contactId}`;
}
