import type { RequestContext } from '@rapport/platform/http';
import { OutreachChangeCommand } from '../shared/outreach-command';

export class SetAutoSendCommand extends OutreachChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly autoSend: boolean,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}
