import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { WriteResult } from './contact-writer';

/** What every command on an existing contact carries: who asks, which contact, which version. */
export abstract class ContactChangeCommand extends Command<WriteResult> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly contactId: string,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
