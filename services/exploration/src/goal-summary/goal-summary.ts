import type { GoalState } from '../domain/goal.state';

/** The mean fit across the goal's conversations, to one decimal; none before the first reflection. */
export function averageFit(fits: readonly number[]): number | null {
  if (fits.length === 0) return null;
  const mean = fits.reduce((sum, fit) => sum + fit, 0) / fits.length;
  return Math.round(mean * 10) / 10;
}

/**
 * What the member reads before deciding: the questions, who serves the goal, every conversation's
 * reflection in the order they were recorded, the average fit and the decision so far.
 */
export function goalSummary(state: Exclude<GoalState, { status: 'none' }>, version: number) {
  const reflections = Object.values(state.reflections).sort((a, b) => a.at.localeCompare(b.at));
  const decision =
    state.status === 'decided'
      ? { decision: state.decision, reason: state.reason, decidedAt: state.decidedAt }
      : (state.lastDecision ?? null);
  return {
    goalId: state.goalId,
    memberId: state.memberId,
    title: state.title,
    status: state.status,
    createdAt: state.createdAt,
    questions: state.questions,
    linkedContactIds: state.linkedContactIds,
    reflections,
    conversations: reflections.length,
    averageFit: averageFit(reflections.map((r) => r.fit)),
    decision,
    version,
  };
}

export type GoalSummary = ReturnType<typeof goalSummary>;
