import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { OutreachView } from '../shared/outreach-view';
import type { HistoryEntry } from './outreach-history';

export type OutreachWithHistory = OutreachView & { readonly history: readonly HistoryEntry[] };

export class GetOutreachQuery extends Query<OutreachWithHistory> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly contactId: string,
  ) {
    super();
  }
}
