import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  type RequestContext,
  setEtag,
  ZodPipe,
  zodToOpenApi,
} from '@rapport/platform/http';
import {
  Change,
  ChangeRoute,
  type InterviewChange,
  InterviewChangeController,
} from '../shared/interview-change.route';
import { memberParams } from '../shared/interview-params';
import { interviewResponse } from '../shared/interview-responses';
import { interviewView } from '../shared/interview-view';
import {
  RescheduleInterviewCommand,
  type Scheduled,
  ScheduleInterviewCommand,
} from './schedule-interview.command';
import {
  scheduleInterviewRequest,
  type ScheduleInterviewRequest,
} from './schedule-interview.request';
import { slotRequest, type SlotRequest } from './slot.request';

function answer(reply: FastifyReply, written: Scheduled) {
  setEtag(reply, written.version);
  return { ...interviewView(written.state, written.version), warnings: written.warnings };
}

@ApiTags('interviews')
@Controller('members/:memberId/interviews')
export class ScheduleInterviewController {
  constructor(private readonly commands: CommandBus) {}

  /** 201 every time for the same id and body (a retry), with the interview as it stands. */
  @Post()
  @ApiBody({ schema: zodToOpenApi(scheduleInterviewRequest) })
  @ApiAnswers({ 201: interviewResponse })
  async schedule(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(memberParams, 'params')) { memberId }: { memberId: string },
    @Body(new ZodPipe(scheduleInterviewRequest)) body: ScheduleInterviewRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const written = await this.commands.execute(new ScheduleInterviewCommand(ctx, memberId, body));
    void reply
      .status(201)
      .header('location', `/members/${memberId}/interviews/${body.interviewId}`);
    return answer(reply, written);
  }
}

@InterviewChangeController()
export class RescheduleInterviewController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'reschedule', slotRequest)
  async reschedule(
    @Change() change: InterviewChange,
    @Body(new ZodPipe(slotRequest)) body: SlotRequest,
  ) {
    const written = await this.commands.execute(
      new RescheduleInterviewCommand(...change.target, body),
    );
    return answer(change.reply, written);
  }
}
