import { CreateGoalController, CreateGoalHandler } from './create-goal/create-goal';
import { DecideGoalController, DecideGoalHandler } from './decide-goal/decide-goal';
import {
  AddQuestionHandler,
  GoalQuestionsController,
  RemoveQuestionHandler,
} from './goal-questions/goal-questions';
import {
  GoalRelationshipsController,
  LinkRelationshipHandler,
  UnlinkRelationshipHandler,
} from './goal-relationships/goal-relationships';
import {
  NoteLearningHandler,
  RemoveLearningHandler,
} from './goal-learnings/goal-learnings.commands';
import { GoalLearningsController } from './goal-learnings/goal-learnings.http.controller';
import { GoalSummaryController } from './goal-summary/goal-summary.http.controller';
import {
  RecordReflectionController,
  RecordReflectionHandler,
} from './record-reflection/record-reflection';

export const EXPLORATION_CONTROLLERS = [
  CreateGoalController,
  GoalSummaryController,
  GoalQuestionsController,
  GoalRelationshipsController,
  RecordReflectionController,
  DecideGoalController,
  GoalLearningsController,
];

export const EXPLORATION_HANDLERS = [
  CreateGoalHandler,
  AddQuestionHandler,
  RemoveQuestionHandler,
  LinkRelationshipHandler,
  UnlinkRelationshipHandler,
  RecordReflectionHandler,
  DecideGoalHandler,
  NoteLearningHandler,
  RemoveLearningHandler,
];
