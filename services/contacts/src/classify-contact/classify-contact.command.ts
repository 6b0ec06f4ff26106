import type { RequestContext } from '@rapport/platform/http';
import { ContactChangeCommand } from '../shared/contact-command';
import type { ClassifyContactRequest } from './classify-contact.request';

export class ClassifyContactCommand extends ContactChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly request: ClassifyContactRequest,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}
