import type { RequestContext } from '@rapport/platform/http';
import { OutreachChangeCommand } from '../shared/outreach-command';
import type { SendRequest } from '../shared/message-content.request';

export class SendFollowUpCommand extends OutreachChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly request: SendRequest,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}
