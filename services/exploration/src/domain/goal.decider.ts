import type { Decider } from '@rapport/eventstore';
import type * as C from './goal.commands';
import type { GoalEvent, Reflection } from './goal.events';
import { GoalRejected } from './goal-rejected';
import { noteLearning, removeLearning } from './goal-learnings.decider';
import {
  evolveGoal,
  type Exploring,
  type Decided,
  type GoalState,
  initialGoalState,
} from './goal.state';

/** A goal keeps at most this many open questions: beyond it the list stops guiding anything. */
export const MAX_QUESTIONS = 30;

export const goalStreamId = (memberId: string, goalId: string) => `goal:${memberId}:${goalId}`;

const stamp = (command: C.GoalCommand) => ({
  memberId: command.memberId,
  goalId: command.goalId,
  at: command.at.toISOString(),
});

function existing(state: GoalState, goalId: string): Exploring | Decided {
  if (state.status === 'none') throw new GoalRejected('not-found', `no goal ${goalId}`);
  return state;
}

function create(command: C.CreateGoal, state: GoalState): GoalEvent[] {
  if (state.status !== 'none') {
    // The same create again (a retry) answers as the first did; another body under the id is a clash.
    const differences = [
      ...(state.title === command.title ? [] : ['title']),
      ...(JSON.stringify(state.createdWith) === JSON.stringify(command.questions)
        ? []
        : ['questions']),
    ];
    if (differences.length === 0) return [];
    throw new GoalRejected(
      'exists',
      `goal ${command.goalId} exists with other details`,
      differences,
    );
  }
  const questions = command.questions.map((text, i) => ({ questionId: `q-${i + 1}`, text }));
  return [{ type: 'GoalCreated', data: { ...stamp(command), title: command.title, questions } }];
}

function addQuestion(command: C.AddQuestion, state: GoalState): GoalEvent[] {
  const goal = existing(state, command.goalId);
  // Asking the same question twice adds nothing: a double-clicked form stays one question.
  if (goal.questions.some((q) => q.text === command.text)) return [];
  if (goal.questions.length >= MAX_QUESTIONS) {
    throw new GoalRejected('too-many-questions', `a goal keeps at most ${MAX_QUESTIONS} questions`);
  }
  const questionId = `q-${goal.questionsEverAdded + 1}`;
  return [
    { type: 'GoalQuestionAdded', data: { ...stamp(command), questionId, text: command.text } },
  ];
}

function removeQuestion(command: C.RemoveQuestion, state: GoalState): GoalEvent[] {
  const goal = existing(state, command.goalId);
  const { questionId } = command;
  if (goal.questions.some((q) => q.questionId === questionId)) {
    return [{ type: 'GoalQuestionRemoved', data: { ...stamp(command), questionId } }];
  }
  // Removing again is a repeat; an id the goal never had is a mistake worth telling.
  if (Number(questionId.slice(2)) <= goal.questionsEverAdded) return [];
  throw new GoalRejected(
    'unknown-question',
    `goal ${command.goalId} has no question ${questionId}`,
  );
}

function link(command: C.LinkRelationship, state: GoalState): GoalEvent[] {
  const goal = existing(state, command.goalId);
  if (goal.linkedContactIds.includes(command.contactId)) return [];
  return [
    { type: 'RelationshipLinked', data: { ...stamp(command), contactId: command.contactId } },
  ];
}

function unlink(command: C.UnlinkRelationship, state: GoalState): GoalEvent[] {
  const goal = existing(state, command.goalId);
  if (!goal.linkedContactIds.includes(command.contactId)) return [];
  const data = { ...stamp(command), contactId: command.contactId };
  return [{ type: 'RelationshipUnlinked', data }];
}

const sameReflection = (a: Reflection, b: Reflection) =>
  a.interviewId === b.interviewId &&
  (a.contactId ?? '') === (b.contactId ?? '') &&
  a.learnt === b.learnt &&
  a.surprised === b.surprised &&
  a.fit === b.fit;

function reflect(command: C.RecordReflection, state: GoalState): GoalEvent[] {
  const goal = existing(state, command.goalId);
  const { reflection } = command;
  const before = goal.reflections[reflection.interviewId];
  // A reflection is revised by recording it again; the same words again change nothing.
  if (before && sameReflection(before, reflection)) return [];
  return [{ type: 'ReflectionRecorded', data: { ...stamp(command), ...reflection } }];
}

function decideGoal(command: C.DecideGoal, state: GoalState): GoalEvent[] {
  const goal = existing(state, command.goalId);
  const { decision, reason } = command;
  const current =
    goal.status === 'decided'
      ? { decision: goal.decision, reason: goal.reason }
      : goal.lastDecision;
  if (current?.decision === decision && current.reason === reason) return [];
  return [{ type: 'GoalDecided', data: { ...stamp(command), decision, reason } }];
}

function decide(command: C.GoalCommand, state: GoalState): GoalEvent[] {
  switch (command.type) {
    case 'CreateGoal':
      return create(command, state);
    case 'AddQuestion':
      return addQuestion(command, state);
    case 'RemoveQuestion':
      return removeQuestion(command, state);
    case 'LinkRelationship':
      return link(command, state);
    case 'UnlinkRelationship':
      return unlink(command, state);
    case 'RecordReflection':
      return reflect(command, state);
    case 'DecideGoal':
      return decideGoal(command, state);
    case 'NoteLearning':
      return noteLearning(command, existing(state, command.goalId));
    case 'RemoveLearning':
      return removeLearning(command, existing(state, command.goalId));
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** A member's exploration goal: its questions, the relationships serving it, reflections, decision. */
export const goalDecider: Decider<C.GoalCommand, GoalEvent, GoalState> = {
  decide,
  evolve: evolveGoal,
  initialState: initialGoalState,
};
