import { Body } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ZodPipe } from '@rapport/platform/http';
import {
  answerChange,
  Change,
  ChangeRoute,
  type OutreachChange,
  OutreachChangeController,
} from '../shared/outreach-change.route';
import { type SendRequest, sendRequest } from '../shared/message-content.request';
import { SendFollowUpCommand } from './send-follow-up.command';

@OutreachChangeController()
export class SendFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'follow-ups', sendRequest)
  async followUp(
    @Change() change: OutreachChange,
    @Body(new ZodPipe(sendRequest)) body: SendRequest,
  ) {
    return answerChange(
      change,
      await this.commands.execute(new SendFollowUpCommand(...change.target, body)),
    );
  }
}
