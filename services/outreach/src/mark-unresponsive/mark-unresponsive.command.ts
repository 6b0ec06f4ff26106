import type { RequestContext } from '@rapport/platform/http';
import { OutreachChangeCommand } from '../shared/outreach-command';
import type { MarkUnresponsiveRequest } from './mark-unresponsive.request';

export class MarkUnresponsiveCommand extends OutreachChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly request: MarkUnresponsiveRequest,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}
