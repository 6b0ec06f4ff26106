import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundProblem } from '@rapport/platform/http';
import type { PlannedQuestion, QuestionPlan } from '../domain/interview.events';
import type { InterviewState } from '../domain/interview.state';
import { suggestQuestions } from '../questions';
import { forwardToInterviewWriter } from '../shared/forward-to-interview-writer';
import { assertCanWrite } from '../shared/interview-access';
import type { InterviewChangeCommand } from '../shared/interview-command';
import { InterviewWriter, type WriteResult } from '../shared/interview-writer';
import {
  MarkQuestionAskedCommand,
  PutQuestionPlanCommand,
  SuggestQuestionsCommand,
} from './question-plan.commands';

const planOf = (state: InterviewState): QuestionPlan =>
  state.status === 'none' ? { questions: [] } : state.plan;

const versionOf = ({ expectedVersion }: InterviewChangeCommand) =>
  expectedVersion === undefined ? {} : { expectedVersion };

/** The member's plan replaced as they arranged it. */
export const PutQuestionPlanHandler = forwardToInterviewWriter(
  PutQuestionPlanCommand,
  ({ memberId, interviewId, request }, at) => ({
    type: 'SetQuestionPlan',
    memberId,
    interviewId,
    at,
    plan: {
      questions: request.questions,
      ...(request.introduction ? { introduction: request.introduction } : {}),
      ...(request.agenda ? { agenda: request.agenda } : {}),
      ...(request.researchNotes ? { researchNotes: request.researchNotes } : {}),
    },
  }),
);

/** Bank questions for the goal and the contact's work, added after those already planned. */
@CommandHandler(SuggestQuestionsCommand)
export class SuggestQuestionsHandler implements ICommandHandler<SuggestQuestionsCommand> {
  constructor(@Inject(InterviewWriter) private readonly writer: InterviewWriter) {}

  execute(command: SuggestQuestionsCommand): Promise<WriteResult> {
    const { ctx, memberId, interviewId, request } = command;
    assertCanWrite(ctx, memberId);
    const suggested: PlannedQuestion[] = suggestQuestions(request).map(({ id, text, theme }) => ({
      id,
      text,
      theme,
      source: 'bank',
      asked: false,
    }));
    const at = this.writer.clock();
    return this.writer.change(
      ctx,
      memberId,
      interviewId,
      (state) => {
        const plan = planOf(state);
        const known = new Set(plan.questions.map((q) => q.id));
        const questions = [...plan.questions, ...suggested.filter((q) => !known.has(q.id))];
        return { type: 'SetQuestionPlan', memberId, interviewId, at, plan: { ...plan, questions } };
      },
      versionOf(command),
    );
  }
}

/** Ticked off during the conversation, within the plan as it stands. */
@CommandHandler(MarkQuestionAskedCommand)
export class MarkQuestionAskedHandler implements ICommandHandler<MarkQuestionAskedCommand> {
  constructor(@Inject(InterviewWriter) private readonly writer: InterviewWriter) {}

  execute(command: MarkQuestionAskedCommand): Promise<WriteResult> {
    const { ctx, memberId, interviewId, questionId, asked } = command;
    assertCanWrite(ctx, memberId);
    const at = this.writer.clock();
    return this.writer.change(
      ctx,
      memberId,
      interviewId,
      (state) => {
        const plan = planOf(state);
        if (state.status !== 'none' && !plan.questions.some((q) => q.id === questionId)) {
          throw new NotFoundProblem(`no question ${questionId} in this plan`);
        }
        const questions = plan.questions.map((q) => (q.id === questionId ? { ...q, asked } : q));
        return { type: 'SetQuestionPlan', memberId, interviewId, at, plan: { ...plan, questions } };
      },
      versionOf(command),
    );
  }
}
