import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkGuidance } from '../compose-guidance';
import { InstitutionGuidance } from '../institution-policy/institution-guidance';
import { assertCanWrite } from '../shared/outreach-access';
import { versionOption } from '../shared/outreach-command';
import { OutreachWriter } from '../shared/outreach-writer';
import { DraftOutreachCommand, type DraftResult } from './draft-outreach.command';

/** A draft is saved whatever the guidance says: guidance advises, the member decides. */
@CommandHandler(DraftOutreachCommand)
export class DraftOutreachHandler implements ICommandHandler<DraftOutreachCommand> {
  constructor(
    @Inject(OutreachWriter) private readonly writer: OutreachWriter,
    @Inject(InstitutionGuidance) private readonly institutions: InstitutionGuidance,
  ) {}

  async execute(command: DraftOutreachCommand): Promise<DraftResult> {
    const { ctx, memberId, contactId, draft } = command;
    assertCanWrite(ctx, memberId);
    const written = await this.writer.execute(
      ctx,
      { type: 'DraftOutreach', memberId, contactId, at: this.writer.clock(), draft },
      versionOption(command.expectedVersion),
    );
    return {
      written,
      guidance: checkGuidance(draft, await this.institutions.current(ctx.tenantId)),
    };
  }
}
