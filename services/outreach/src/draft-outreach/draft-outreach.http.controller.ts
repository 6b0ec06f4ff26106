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
import { DraftOutreachCommand } from './draft-outreach.command';
import { draftOutreachRequest, type DraftOutreachRequest } from './draft-outreach.request';
import { draftResponse } from '../shared/outreach-responses';

@OutreachChangeController()
export class DraftOutreachController {
  constructor(private readonly commands: CommandBus) {}

  /** A draft answers with the guidance on it besides the outreach. */
  @ChangeRoute('PUT', 'draft', draftOutreachRequest, draftResponse)
  async draft(
    @Change() change: OutreachChange,
    @Body(new ZodPipe(draftOutreachRequest)) body: DraftOutreachRequest,
  ) {
    const { written, guidance } = await this.commands.execute(
      new DraftOutreachCommand(...change.target, body),
    );
    return { ...answerChange(change, written), guidance };
  }
}
