import {
  CancelInterviewController,
  CancelInterviewHandler,
} from './cancel-interview/cancel-interview';
import {
  FulfilCommitmentController,
  FulfilCommitmentHandler,
} from './commitments/fulfil-commitment';
import {
  CompleteInterviewController,
  CompleteInterviewHandler,
} from './complete-interview/complete-interview';
import { LogTouchController, LogTouchHandler } from './keep-in-touch/log-touch';
import { TouchSuggestionsController } from './keep-in-touch/touch-suggestions.http.controller';
import { DraftThankYouHandler, SendThankYouHandler } from './thank-you/thank-you.handlers';
import { ThankYouController } from './thank-you/thank-you.http.controller';
import {
  MarkQuestionAskedHandler,
  PutQuestionPlanHandler,
  SuggestQuestionsHandler,
} from './question-plan/question-plan.handlers';
import {
  PreparationController,
  QuestionPlanController,
} from './question-plan/question-plan.http.controller';
import { GetInterviewController } from './get-interview/get-interview.http.controller';
import { ListInterviewsController } from './list-interviews/list-interviews.http.controller';
import {
  RescheduleInterviewHandler,
  ScheduleInterviewHandler,
} from './schedule-interview/schedule-interview.handler';
import {
  RescheduleInterviewController,
  ScheduleInterviewController,
} from './schedule-interview/schedule-interview.http.controller';

export const INTERVIEW_CONTROLLERS = [
  ListInterviewsController,
  ScheduleInterviewController,
  GetInterviewController,
  RescheduleInterviewController,
  CancelInterviewController,
  CompleteInterviewController,
  ThankYouController,
  FulfilCommitmentController,
  LogTouchController,
  TouchSuggestionsController,
  QuestionPlanController,
  PreparationController,
];

export const INTERVIEW_HANDLERS = [
  ScheduleInterviewHandler,
  RescheduleInterviewHandler,
  CancelInterviewHandler,
  CompleteInterviewHandler,
  DraftThankYouHandler,
  SendThankYouHandler,
  FulfilCommitmentHandler,
  LogTouchHandler,
  PutQuestionPlanHandler,
  SuggestQuestionsHandler,
  MarkQuestionAskedHandler,
];
