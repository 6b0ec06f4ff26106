import type { RequestContext } from '@rapport/platform/http';
import { ContactChangeCommand } from '../shared/contact-command';
import type { ChangeContactDetailsRequest } from './change-contact-details.request';

export class ChangeContactDetailsCommand extends ContactChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly patch: ChangeContactDetailsRequest,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}
