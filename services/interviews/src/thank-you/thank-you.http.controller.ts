import { Body } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { z } from 'zod';
import { ZodPipe } from '@rapport/platform/http';
import { THANK_YOU_CHANNELS } from '../domain/interview.events';
import {
  answerChange,
  Change,
  ChangeRoute,
  type InterviewChange,
  InterviewChangeController,
} from '../shared/interview-change.route';
import { DraftThankYouCommand, SendThankYouCommand } from './thank-you.commands';

const sendThankYouRequest = z.strictObject({
  channel: z.enum(THANK_YOU_CHANNELS),
  subject: z.string().trim().min(1).max(200).optional(),
  body: z.string().trim().min(1).max(10_000).optional(),
});

@InterviewChangeController()
export class ThankYouController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'thank-you/draft')
  async draft(@Change() change: InterviewChange) {
    return answerChange(
      change,
      await this.commands.execute(new DraftThankYouCommand(...change.target)),
    );
  }

  /** Sent by email through Rapport, or logged when it went another way (a hand-written note counts). */
  @ChangeRoute('POST', 'thank-you', sendThankYouRequest)
  async send(
    @Change() change: InterviewChange,
    @Body(new ZodPipe(sendThankYouRequest)) body: z.output<typeof sendThankYouRequest>,
  ) {
    const command = new SendThankYouCommand(
      ...change.target,
      body.channel,
      body.subject,
      body.body,
    );
    return answerChange(change, await this.commands.execute(command));
  }
}
