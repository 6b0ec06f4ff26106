import type { GoalState, NotedLearning } from '../domain/goal.state';

/** A learning as it was noted, without the removal mark. */
export function learningView(learning: NotedLearning) {
  const { learningId, kind, title, url, interviewId, note, at } = learning;
  return { learningId, kind, title, ...(url ? { url } : {}), interviewId, note, at };
}

/** The learnings still on the goal's list, oldest first. */
export function listedLearnings(learnings: Readonly<Record<string, NotedLearning>>) {
  return Object.values(learnings)
    .filter((learning) => !learning.removed)
    .sort((a, b) => a.at.localeCompare(b.at) || a.learningId.localeCompare(b.learningId))
    .map(learningView);
}

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
    learnings: listedLearnings(state.learnings),
    decision,
    version,
  };
}

export type GoalSummary = ReturnType<typeof goalSummary>;
