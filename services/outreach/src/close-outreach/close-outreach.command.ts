import type { RequestContext } from '@rapport/platform/http';
import { OutreachChangeCommand } from '../shared/outreach-command';

export class CloseOutreachCommand extends OutreachChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly reason: string | undefined,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}

export class ReopenOutreachCommand extends OutreachChangeCommand {}
