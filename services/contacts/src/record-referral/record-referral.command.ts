import type { RequestContext } from '@rapport/platform/http';
import { ContactChangeCommand } from '../shared/contact-command';
import type { RecordReferralRequest } from './record-referral.request';

export class RecordReferralCommand extends ContactChangeCommand {
  constructor(
    ctx: RequestContext,
    memberId: string,
    contactId: string,
    expectedVersion: number | undefined,
    readonly request: RecordReferralRequest,
  ) {
    super(ctx, memberId, contactId, expectedVersion);
  }
}
