import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { WriteResult } from '../shared/contact-writer';
import type { AddContactRequest } from './add-contact.request';

export class AddContactCommand extends Command<WriteResult> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly request: AddContactRequest,
  ) {
    super();
  }
}
