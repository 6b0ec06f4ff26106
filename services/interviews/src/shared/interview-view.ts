import type { InterviewState } from '../domain/interview.state';

/** An interview as the member (or their coach) sees it; undefined before it is scheduled. */
export function interviewView(state: InterviewState, version: number) {
  switch (state.status) {
    case 'none':
      return undefined;
    case 'scheduled':
    case 'cancelled':
    case 'completed': {
      const { memberId, contactId, interviewId, slot, sequence, plan, reply } = state;
      const base = {
        interviewId,
        memberId,
        contactId,
        status: state.status,
        version,
        ...slot,
        invitationSequence: sequence,
        reply: reply ?? null,
        questionPlan: {
          ...plan,
          questions: plan.questions.map((question, order) => ({ ...question, order })),
        },
      };
      if (state.status === 'cancelled') return { ...base, reason: state.reason ?? null };
      if (state.status === 'scheduled') return base;
      return {
        ...base,
        ...state.conversation,
        completedAt: state.completedAt,
        thankYouDraft: state.thankYouDraft ?? null,
        thankYou: state.thankYou ?? null,
        fulfilledCommitments: state.fulfilled,
        touches: state.touches.map(({ fingerprint: _f, ...touch }) => touch),
      };
    }
    default: {
      const unexpected: never = state;
      return unexpected;
    }
  }
}
