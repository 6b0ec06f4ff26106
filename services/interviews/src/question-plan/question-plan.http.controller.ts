import { Body, Controller, Get, Inject, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAnswers,
  Ctx,
  NotFoundProblem,
  type RequestContext,
  ZodPipe,
} from '@rapport/platform/http';
import { preparationChecklist } from '../questions';
import { assertCanRead } from '../shared/interview-access';
import {
  answerChange,
  Change,
  ChangeRoute,
  type InterviewChange,
  InterviewChangeController,
} from '../shared/interview-change.route';
import { id, type InterviewParams, interviewParams } from '../shared/interview-params';
import { preparationResponse } from '../shared/interview-responses';
import { InterviewWriter } from '../shared/interview-writer';
import {
  MarkQuestionAskedCommand,
  PutQuestionPlanCommand,
  SuggestQuestionsCommand,
} from './question-plan.commands';
import {
  markAskedRequest,
  questionPlanRequest,
  type QuestionPlanRequest,
  suggestQuestionsRequest,
  type SuggestQuestionsRequest,
} from './question-plan.requests';

@InterviewChangeController()
export class QuestionPlanController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'question-plan/suggestions', suggestQuestionsRequest)
  async suggest(
    @Change() change: InterviewChange,
    @Body(new ZodPipe(suggestQuestionsRequest)) body: SuggestQuestionsRequest,
  ) {
    const command = new SuggestQuestionsCommand(...change.target, body);
    return answerChange(change, await this.commands.execute(command));
  }

  @ChangeRoute('PUT', 'question-plan', questionPlanRequest)
  async put(
    @Change() change: InterviewChange,
    @Body(new ZodPipe(questionPlanRequest)) body: QuestionPlanRequest,
  ) {
    const command = new PutQuestionPlanCommand(...change.target, body);
    return answerChange(change, await this.commands.execute(command));
  }

  @ChangeRoute('POST', 'question-plan/questions/:questionId/asked', markAskedRequest)
  async asked(
    @Change() change: InterviewChange,
    @Param('questionId', new ZodPipe(id, 'params')) questionId: string,
    @Body(new ZodPipe(markAskedRequest)) body: { asked: boolean },
  ) {
    const command = new MarkQuestionAskedCommand(...change.target, questionId, body.asked);
    return answerChange(change, await this.commands.execute(command));
  }
}

/** What is ready for the conversation and what is still missing. */
@ApiTags('interviews')
@Controller('members/:memberId/interviews/:interviewId/preparation')
export class PreparationController {
  constructor(@Inject(InterviewWriter) private readonly writer: InterviewWriter) {}

  @Get()
  @ApiAnswers({ 200: preparationResponse })
  async checklist(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(interviewParams, 'params')) { memberId, interviewId }: InterviewParams,
  ) {
    assertCanRead(ctx, memberId);
    const { state } = await this.writer.load(ctx.tenantId, memberId, interviewId);
    if (state.status === 'none') throw new NotFoundProblem(`no interview ${interviewId}`);
    const { questions, ...rest } = state.plan;
    return preparationChecklist({ ...rest, questions: [...questions] });
  }
}
