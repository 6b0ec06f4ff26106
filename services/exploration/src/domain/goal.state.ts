import type { GoalDecision, GoalEvent, GoalQuestion, Learning, Reflection } from './goal.events';

export interface Goal {
  readonly memberId: string;
  readonly goalId: string;
  readonly title: string;
  /** The questions the create asked, kept apart so that a repeated create can be compared. */
  readonly createdWith: readonly string[];
  readonly questions: readonly GoalQuestion[];
  /** Question ids are `q-<n>`, never reused after a removal. */
  readonly questionsEverAdded: number;
  readonly linkedContactIds: readonly string[];
  /** One per conversation, keyed by interview id; recording again replaces it. */
  readonly reflections: Readonly<Record<string, Reflection & { readonly at: string }>>;
  readonly createdAt: string;
  /**
   * Every learning ever noted, by id, as first noted (a repeated create answers with it, even
   * after a removal); `removed` marks those the member took off the list.
   */
  readonly learnings: Readonly<Record<string, NotedLearning>>;
}

export type NotedLearning = Learning & { readonly at: string; readonly removed?: true };

export interface Exploring extends Goal {
  readonly status: 'exploring';
  /** `explore-further` keeps the goal open, and says why. */
  readonly lastDecision?: { readonly decision: 'explore-further'; readonly reason: string };
}

export interface Decided extends Goal {
  readonly status: 'decided';
  readonly decision: Exclude<GoalDecision, 'explore-further'>;
  readonly reason: string;
  readonly decidedAt: string;
}

export type GoalState = { readonly status: 'none' } | Exploring | Decided;

export const initialGoalState: GoalState = { status: 'none' };

function withGoal(state: GoalState, change: (goal: Exploring | Decided) => Partial<Goal>) {
  if (state.status === 'none') return state;
  return { ...state, ...change(state) };
}

/** The fields every goal has, without what its status adds (a decision, its reason). */
function goalPart(state: Exploring | Decided): Goal {
  const { memberId, goalId, title, createdWith, questions, questionsEverAdded } = state;
  const { linkedContactIds, reflections, createdAt, learnings } = state;
  return {
    memberId,
    goalId,
    title,
    createdWith,
    questions,
    questionsEverAdded,
    linkedContactIds,
    reflections,
    createdAt,
    learnings,
  };
}

export function evolveGoal(state: GoalState, event: GoalEvent): GoalState {
  switch (event.type) {
    case 'GoalCreated': {
      const { memberId, goalId, title, questions, at } = event.data;
      return {
        status: 'exploring',
        memberId,
        goalId,
        title,
        createdWith: questions.map((q) => q.text),
        questions,
        questionsEverAdded: questions.length,
        linkedContactIds: [],
        reflections: {},
        createdAt: at,
        learnings: {},
      };
    }
    case 'GoalQuestionAdded': {
      const { questionId, text } = event.data;
      return withGoal(state, (goal) => ({
        questions: [...goal.questions, { questionId, text }],
        questionsEverAdded: goal.questionsEverAdded + 1,
      }));
    }
    case 'GoalQuestionRemoved':
      return withGoal(state, (goal) => ({
        questions: goal.questions.filter((q) => q.questionId !== event.data.questionId),
      }));
    case 'RelationshipLinked':
      return withGoal(state, (goal) => ({
        linkedContactIds: [...goal.linkedContactIds, event.data.contactId],
      }));
    case 'RelationshipUnlinked':
      return withGoal(state, (goal) => ({
        linkedContactIds: goal.linkedContactIds.filter((id) => id !== event.data.contactId),
      }));
    case 'ReflectionRecorded': {
      const { interviewId, contactId, learnt, surprised, fit, at } = event.data;
      const reflection = {
        interviewId,
        ...(contactId ? { contactId } : {}),
        learnt,
        surprised,
        fit,
        at,
      };
      return withGoal(state, (goal) => ({
        reflections: { ...goal.reflections, [interviewId]: reflection },
      }));
    }
    case 'GoalDecided': {
      if (state.status === 'none') return state;
      const { decision, reason, at } = event.data;
      if (decision === 'explore-further') {
        return { ...goalPart(state), status: 'exploring', lastDecision: { decision, reason } };
      }
      return { ...goalPart(state), status: 'decided', decision, reason, decidedAt: at };
    }
    case 'LearningNoted': {
      const { learningId, kind, title, url, interviewId, note, at } = event.data;
      const learning = { learningId, kind, title, ...(url ? { url } : {}), interviewId, note, at };
      return withGoal(state, (goal) => ({
        learnings: { ...goal.learnings, [learning.learningId]: learning },
      }));
    }
    case 'LearningRemoved':
      return withGoal(state, (goal) => {
        const before = goal.learnings[event.data.learningId];
        if (!before) return {};
        return {
          learnings: { ...goal.learnings, [before.learningId]: { ...before, removed: true } },
        };
      });
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
