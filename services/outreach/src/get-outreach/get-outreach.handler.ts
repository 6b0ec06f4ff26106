import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundProblem } from '@rapport/platform/http';
import { assertCanRead } from '../shared/outreach-access';
import { outreachView } from '../shared/outreach-view';
import { OutreachWriter } from '../shared/outreach-writer';
import { GetOutreachQuery, type OutreachWithHistory } from './get-outreach.query';
import { historyOf } from './outreach-history';

/** One relationship's outreach from its own stream: the truth, with its version for the ETag. */
@QueryHandler(GetOutreachQuery)
export class GetOutreachHandler implements IQueryHandler<GetOutreachQuery> {
  constructor(@Inject(OutreachWriter) private readonly writer: OutreachWriter) {}

  async execute({ ctx, memberId, contactId }: GetOutreachQuery): Promise<OutreachWithHistory> {
    assertCanRead(ctx, memberId);
    const { state, version, events } = await this.writer.load(ctx.tenantId, memberId, contactId);
    if (version === 0) throw new NotFoundProblem(`no outreach to contact ${contactId} yet`);
    return { ...outreachView(memberId, contactId, state, version), history: historyOf(events) };
  }
}
