import type { RequestContext } from '@rapport/platform/http';
import type { Tag } from '../domain/contact-details';
import { ContactChangeCommand } from '../shared/contact-command';

export class TagContactCommand extends ContactChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly tag: Tag,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}

export class UntagContactCommand extends ContactChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly tag: Tag,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}
