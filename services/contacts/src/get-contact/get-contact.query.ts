import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { ContactView } from '../shared/contact-view';

export interface ReferralLink {
  readonly contactId: string;
  readonly name: string | null;
  readonly organisation: string | null;
}

export type ContactWithReferrals = ContactView & {
  readonly referralChain: readonly ReferralLink[];
  readonly referrals: readonly ReferralLink[];
};

export class GetContactQuery extends Query<ContactWithReferrals> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly contactId: string,
  ) {
    super();
  }
}
