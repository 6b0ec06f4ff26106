import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { PipelineBoard } from './pipeline-board.view';

export class PipelineBoardQuery extends Query<PipelineBoard> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
  ) {
    super();
  }
}
