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
import { RecordResponseCommand } from './record-response.command';
import { recordResponseRequest, type RecordResponseRequest } from './record-response.request';

@OutreachChangeController()
export class RecordResponseController {
  constructor(private readonly commands: CommandBus) {}

  @ChangeRoute('POST', 'response', recordResponseRequest)
  async respond(
    @Change() change: OutreachChange,
    @Body(new ZodPipe(recordResponseRequest)) body: RecordResponseRequest,
  ) {
    return answerChange(
      change,
      await this.commands.execute(new RecordResponseCommand(...change.target, body)),
    );
  }
}
