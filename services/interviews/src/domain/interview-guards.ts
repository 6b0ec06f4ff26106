import { InterviewRejected } from './interview-rejected';
import type { Arranged, Completed, InterviewState } from './interview.state';

export type Scheduled = Arranged & { readonly status: 'scheduled' };

export function idsOf(state: Arranged) {
  const { memberId, contactId, interviewId } = state;
  return { memberId, contactId, interviewId };
}

/** Changing the arrangement is for an interview still ahead: not one cancelled or already held. */
export function requireScheduled(state: InterviewState, interviewId: string): Scheduled {
  switch (state.status) {
    case 'scheduled':
      return state;
    case 'none':
      throw new InterviewRejected('not-found', `no interview ${interviewId}`);
    case 'cancelled':
      throw new InterviewRejected('cancelled', 'this interview was cancelled; schedule a new one');
    case 'completed':
      throw new InterviewRejected('completed', 'this interview has taken place already');
    default: {
      const unexpected: never = state;
      return unexpected;
    }
  }
}

/** Thanking and keeping in touch come after the conversation. */
export function requireCompleted(state: InterviewState, interviewId: string): Completed {
  if (state.status === 'completed') return state;
  if (state.status === 'none')
    throw new InterviewRejected('not-found', `no interview ${interviewId}`);
  throw new InterviewRejected('not-completed', 'record the conversation first');
}
