import type { RequestContext } from '@rapport/platform/http';
import { ContactChangeCommand } from '../shared/contact-command';

export class AddResearchNoteCommand extends ContactChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly text: string,
    /** Chosen by the client, so that it can repeat the request; else one is made up. */
    readonly noteId?: string,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}

export class EditResearchNoteCommand extends ContactChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly noteId: string,
    readonly text: string,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}
