import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ContactDirectory } from '../contact-directory/contact-directory';
import { OutreachProjections } from '../projections/outreach-projections';
import { assertCanRead } from '../shared/outreach-access';
import { PipelineBoardQuery } from './pipeline-board.query';
import { type PipelineBoard, pipelineBoard } from './pipeline-board.view';

/** Names come from the directory at read time, so a renamed contact shows renamed at once. */
@QueryHandler(PipelineBoardQuery)
export class PipelineBoardHandler implements IQueryHandler<PipelineBoardQuery> {
  constructor(
    @Inject(OutreachProjections) private readonly projections: OutreachProjections,
    @Inject(ContactDirectory) private readonly directory: ContactDirectory,
  ) {}

  async execute({ ctx, memberId }: PipelineBoardQuery): Promise<PipelineBoard> {
    assertCanRead(ctx, memberId);
    const cards = await (
      await this.projections.cards()
    )
      .find({ tenantId: ctx.tenantId, memberId })
      .toArray();
    const contacts = await this.directory.ofMember(
      ctx.tenantId,
      memberId,
      cards.map((card) => card.contactId),
    );
    return pipelineBoard(cards, contacts);
  }
}
