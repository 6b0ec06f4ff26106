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
import { SendOutreachCommand } from './send-outreach.command';

@OutreachChangeController()
export class SendOutreachController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'send', sendRequest)
  async send(@Change() change: OutreachChange, @Body(new ZodPipe(sendRequest)) body: SendRequest) {
    return answerChange(
      change,
      await this.commands.execute(new SendOutreachCommand(...change.target, body)),
    );
  }
}
