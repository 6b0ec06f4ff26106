import type * as C from './interview.commands';
import type { InterviewEvent } from './interview.events';
import { idsOf, requireCompleted } from './interview-guards';
import { InterviewRejected } from './interview-rejected';
import type { InterviewState } from './interview.state';

/* What follows the conversation: the thank-you, commitments kept and touches logged. */

export function draftThankYou(command: C.DraftThankYou, state: InterviewState): InterviewEvent[] {
  const completed = requireCompleted(state, command.interviewId);
  const { subject, body } = command;
  return [
    {
      type: 'ThankYouDrafted',
      data: { ...idsOf(completed), subject, body, at: command.at.toISOString() },
    },
  ];
}

export function sendThankYou(command: C.SendThankYou, state: InterviewState): InterviewEvent[] {
  const completed = requireCompleted(state, command.interviewId);
  if (completed.thankYou) {
    if (completed.thankYou.channel === command.channel) return [];
    throw new InterviewRejected(
      'already-thanked',
      `the thank-you went by ${completed.thankYou.channel} already`,
    );
  }
  const { channel, subject, body } = command;
  const data = {
    ...idsOf(completed),
    channel,
    ...(subject ? { subject } : {}),
    ...(body ? { body } : {}),
    sentAt: command.at.toISOString(),
  };
  return [{ type: 'ThankYouSent', data }];
}

export function fulfilCommitment(
  command: C.FulfilCommitment,
  state: InterviewState,
): InterviewEvent[] {
  const completed = requireCompleted(state, command.interviewId);
  const { commitmentId } = command;
  if (!completed.conversation.commitments.some((c) => c.id === commitmentId)) {
    throw new InterviewRejected(
      'unknown-commitment',
      `no commitment ${commitmentId} on this interview`,
    );
  }
  if (completed.fulfilled.includes(commitmentId)) return [];
  return [
    {
      type: 'CommitmentFulfilled',
      data: { ...idsOf(completed), commitmentId, at: command.at.toISOString() },
    },
  ];
}

export function logTouch(command: C.LogTouch, state: InterviewState): InterviewEvent[] {
  const completed = requireCompleted(state, command.interviewId);
  const { touchId, kind, note, fingerprint } = command;
  const known = completed.touches.find((t) => t.touchId === touchId);
  if (known) {
    if (known.fingerprint === fingerprint) return [];
    throw new InterviewRejected('touch-exists', `touch ${touchId} was logged with other details`);
  }
  const data = {
    ...idsOf(completed),
    touchId,
    kind,
    ...(note ? { note } : {}),
    fingerprint,
    touchedAt: command.touchedAt.toISOString(),
  };
  return [{ type: 'TouchLogged', data }];
}
