import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ContactDirectory } from '../contact-directory/contact-directory';
import { OutreachProjections } from '../projections/outreach-projections';
import { readBoard } from '../projections/pipeline-boards';
import { assertCanRead } from '../shared/outreach-access';
import { PipelineBoardQuery } from './pipeline-board.query';
import { type PipelineBoard, pipelineBoard } from './pipeline-board.view';

/**
 * The member's board from their sixteen board buckets and the names from their sixteen directory
 * buckets, all read by `_id`, then ordered in memory. Names come from the directory at read time,
 * so a renamed contact shows renamed at once.
 */
@QueryHandler(PipelineBoardQuery)
export class PipelineBoardHandler implements IQueryHandler<PipelineBoardQuery> {
  constructor(
    @Inject(OutreachProjections) private readonly projections: OutreachProjections,
    @Inject(ContactDirectory) private readonly directory: ContactDirectory,
  ) {}

  async execute({ ctx, memberId }: PipelineBoardQuery): Promise<PipelineBoard> {
    assertCanRead(ctx, memberId);
    const cards = await readBoard(await this.projections.cards(), ctx.tenantId, memberId);
    const contacts = await this.directory.ofMember(
      ctx.tenantId,
      memberId,
      cards.map((card) => card.contactId),
    );
    return pipelineBoard(cards, contacts);
  }
}
