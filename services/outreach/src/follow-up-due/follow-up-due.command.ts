import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { WriteResult } from '../shared/outreach-writer';
import type { FollowUpDueRequest } from './follow-up-due.request';

export interface FollowUpDueResult {
  readonly written: WriteResult;
  /** False when this firing was seen before, or the contact replied or the outreach closed meanwhile. */
  readonly raised: boolean;
  readonly autoSent: boolean;
  /** Why auto-send did not send although it is on (no address, no profile…). */
  readonly autoSendSkipped?: string;
}

export class FollowUpDueCommand extends Command<FollowUpDueResult> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly contactId: string,
    readonly request: FollowUpDueRequest,
  ) {
    super();
  }
}
