import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiAnswers, ApiProblems, AcceptsBody, Public } from '@rapport/platform/http';
import { CalendarReplyRecorder } from '../calendar-replies/calendar-reply.recorder';
import { readInboundForm } from './inbound-parse.form';
import { InboundReplyRecorder } from './inbound-parse.recorder';
import { inboundReplyResponse } from '../shared/notification-responses';

/** SendGrid posts the whole message with its attachments; it caps a message at 30 MB. */
const MAX_INBOUND_BYTES = 30 * 1024 * 1024;

/**
 * SendGrid Inbound Parse: mail sent to a thread's reply address. Public, as SendGrid calls it;
 * what makes a post count is a thread token this service issued (and, when the reply names the
 * message it answers, one of that thread's messages).
 */
@ApiTags('webhooks')
@Controller('webhooks/sendgrid')
export class InboundParseController {
  constructor(
    @Inject(InboundReplyRecorder) private readonly recorder: InboundReplyRecorder,
    @Inject(CalendarReplyRecorder) private readonly calendarReplies: CalendarReplyRecorder,
  ) {}

  @Public()
  @Post('inbound')
  @ApiProblems(422)
  @ApiAnswers({ 200: inboundReplyResponse })
  @AcceptsBody({ mediaTypes: ['multipart/form-data'], limitBytes: MAX_INBOUND_BYTES })
  @HttpCode(200)
  async receive(@Req() request: FastifyRequest): Promise<{ recorded: boolean }> {
    const form = await readInboundForm(request.body, request.headers['content-type']);
    // A calendar's answer to an interview invitation is matched by its UID, not by a thread.
    const calendarReply = await this.calendarReplies.record(form);
    return calendarReply ?? this.recorder.record(form);
  }
}
