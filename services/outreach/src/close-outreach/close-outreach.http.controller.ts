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
import { CloseOutreachCommand, ReopenOutreachCommand } from './close-outreach.command';
import { closeOutreachRequest, type CloseOutreachRequest } from './close-outreach.request';

@OutreachChangeController()
export class CloseOutreachController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'close', closeOutreachRequest)
  async close(
    @Change() change: OutreachChange,
    @Body(new ZodPipe(closeOutreachRequest)) { reason }: CloseOutreachRequest,
  ) {
    return answerChange(
      change,
      await this.commands.execute(new CloseOutreachCommand(...change.target, reason)),
    );
  }

  @ChangeRoute('POST', 'reopen')
  async reopen(@Change() change: OutreachChange) {
    return answerChange(
      change,
      await this.commands.execute(new ReopenOutreachCommand(...change.target)),
    );
  }
}
