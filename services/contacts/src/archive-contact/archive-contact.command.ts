import type { RequestContext } from '@rapport/platform/http';
import { ContactChangeCommand } from '../shared/contact-command';

export class ArchiveContactCommand extends ContactChangeCommand {
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

export class RestoreContactCommand extends ContactChangeCommand {}
