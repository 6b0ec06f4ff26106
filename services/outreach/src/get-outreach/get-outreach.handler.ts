import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { foldEvents } from '@rapport/eventstore';
import { NotFoundProblem } from '@rapport/platform/http';
import { outreachDecider, outreachStreamId } from '../domain/outreach.decider';
import type { OutreachEvent } from '../domain/outreach.events';
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
    // The whole history is shown, so the whole stream is read (by key) and folded here.
    const events = await this.writer.eventStore.readStream<OutreachEvent>({
      tenantId: ctx.tenantId,
      streamId: outreachStreamId(memberId, contactId),
    });
    const state = foldEvents(outreachDecider, events);
    const version = events.at(-1)?.version ?? 0;
    if (version === 0) throw new NotFoundProblem(`no outreach to contact ${contactId} yet`);
    return { ...outreachView(memberId, contactId, state, version), history: historyOf(events) };
  }
}
