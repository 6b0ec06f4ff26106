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
import { MarkUnresponsiveCommand } from './mark-unresponsive.command';
import { markUnresponsiveRequest, type MarkUnresponsiveRequest } from './mark-unresponsive.request';

@OutreachChangeController()
export class MarkUnresponsiveController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'unresponsive', markUnresponsiveRequest)
  async markUnresponsive(
    @Change() change: OutreachChange,
    @Body(new ZodPipe(markUnresponsiveRequest)) body: MarkUnresponsiveRequest,
  ) {
    return answerChange(
      change,
      await this.commands.execute(new MarkUnresponsiveCommand(...change.target, body)),
    );
  }
}
