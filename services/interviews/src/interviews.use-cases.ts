import {
  CancelInterviewController,
  CancelInterviewHandler,
} from './cancel-interview/cancel-interview';
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
];

export const INTERVIEW_HANDLERS = [
  ScheduleInterviewHandler,
  RescheduleInterviewHandler,
  CancelInterviewHandler,
];
