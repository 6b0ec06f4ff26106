import type { RequestContext } from '@rapport/platform/http';
import { OutreachChangeCommand } from '../shared/outreach-command';
import type { RecordResponseRequest } from './record-response.request';

export class RecordResponseCommand extends OutreachChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly request: RecordResponseRequest,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}
