import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '@rapport/platform/http';
import type { AddContact } from '../domain/contact.commands';
import { ContactRejected } from '../domain/contact-rejected';
import { dedupeKeys } from '../domain/dedupe-keys';
import { ContactKeys } from '../shared/contact-keys';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';

/**
 * Adding a contact, by hand or from a referral: its de-duplication keys are reserved first (a
 * clash is a 409 naming the other contact), and let go again when the contact is not stored.
 */
@Injectable()
export class ContactAdder {
  constructor(
    @Inject(ContactWriter) readonly writer: ContactWriter,
    @Inject(ContactKeys) private readonly keys: ContactKeys,
  ) {}

  async add(ctx: RequestContext, command: AddContact): Promise<WriteResult> {
    const { memberId, contactId } = command;
    await this.keys.reserveOrConflict(
      ctx.tenantId,
      memberId,
      contactId,
      dedupeKeys(command.details),
    );
    try {
      return await this.writer.execute(ctx, command);
    } catch (error) {
      // The keys stay with a contact that already exists under this id (a repeated request).
      const exists = error instanceof ContactRejected && error.reason === 'contact-exists';
      if (!exists) await this.keys.release(ctx.tenantId, memberId, contactId);
      throw error;
    }
  }
}
