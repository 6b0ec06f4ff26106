import { Controller, Get, Header, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiAnswers,
  Ctx,
  NotFoundProblem,
  type RequestContext,
  setEtag,
  ZodPipe,
} from '@rapport/platform/http';
import { calendarInvitation } from '../invitation/calendar-invitation';
import { InvitationPartiesStore } from '../invitation/invitation-parties';
import { INVITATION_ANSWER_ADDRESS } from '../invitation/invitation-settings';
import { assertCanRead } from '../shared/interview-access';
import { type InterviewParams, interviewParams } from '../shared/interview-params';
import { interviewResponse } from '../shared/interview-responses';
import { interviewView } from '../shared/interview-view';
import { InterviewWriter } from '../shared/interview-writer';

/** One interview, read from its stream by key (a handful of lookups), and its invitation file. */
@ApiTags('interviews')
@Controller('members/:memberId/interviews/:interviewId')
export class GetInterviewController {
  constructor(
    @Inject(InterviewWriter) private readonly writer: InterviewWriter,
    @Inject(InvitationPartiesStore) private readonly parties: InvitationPartiesStore,
    @Inject(INVITATION_ANSWER_ADDRESS) private readonly answerTo: string,
  ) {}

  private async load(ctx: RequestContext, { memberId, interviewId }: InterviewParams) {
    assertCanRead(ctx, memberId);
    const { state, version } = await this.writer.load(ctx.tenantId, memberId, interviewId);
    if (state.status === 'none') throw new NotFoundProblem(`no interview ${interviewId}`);
    return { state, version };
  }

  @Get()
  @ApiAnswers({ 200: interviewResponse })
  async get(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(interviewParams, 'params')) params: InterviewParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { state, version } = await this.load(ctx, params);
    setEtag(reply, version);
    return interviewView(state, version);
  }

  /** The invitation as it now stands (CANCEL once cancelled), for the member's own calendar. */
  @Get('invitation.ics')
  @ApiAnswers({ 200: { mediaType: 'text/calendar', description: 'The iCalendar invitation' } })
  @Header('content-type', 'text/calendar; charset=utf-8; method=REQUEST')
  async invitation(
    @Ctx() ctx: RequestContext,
    @Param(new ZodPipe(interviewParams, 'params')) params: InterviewParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { state } = await this.load(ctx, params);
    const parties = await this.parties.find(ctx.tenantId, params.memberId, params.interviewId);
    if (!parties) throw new NotFoundProblem('this interview has no invitation');
    const method = state.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
    void reply
      .header('content-type', `text/calendar; charset=utf-8; method=${method}`)
      .header('content-disposition', `attachment; filename="interview-${params.interviewId}.ics"`);
    // DTSTAMP is when this version was made, not the clock: the same version downloads the same file.
    return calendarInvitation({
      interviewId: params.interviewId,
      method,
      sequence: state.sequence,
      slot: state.slot,
      ...parties,
      answerTo: this.answerTo,
      stamp: new Date(state.changedAt),
    });
  }
}
