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
import { SetAutoSendCommand } from './set-auto-send.command';
import { setAutoSendRequest, type SetAutoSendRequest } from './set-auto-send.request';

@OutreachChangeController()
export class SetAutoSendController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('PUT', 'auto-send', setAutoSendRequest)
  async setAutoSend(
    @Change() change: OutreachChange,
    @Body(new ZodPipe(setAutoSendRequest)) { autoSend }: SetAutoSendRequest,
  ) {
    return answerChange(
      change,
      await this.commands.execute(new SetAutoSendCommand(...change.target, autoSend)),
    );
  }
}
