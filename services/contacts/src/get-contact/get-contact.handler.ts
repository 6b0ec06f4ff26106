import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundProblem } from '@rapport/platform/http';
import type { ReferralNode } from '../projections/referral-graph.projection';
import { assertCanRead } from '../shared/contact-access';
import { contactView } from '../shared/contact-view';
import { ContactWriter } from '../shared/contact-writer';
import { ReferralChains } from '../shared/referral-chains';
import { type ContactWithReferrals, GetContactQuery, type ReferralLink } from './get-contact.query';

const link = (node: ReferralNode): ReferralLink => ({
  contactId: node.contactId,
  name: node.label ?? null,
  organisation: node.organisation ?? null,
});

/** One contact from its own stream (the truth, with its version for the ETag), plus its referrals. */
@QueryHandler(GetContactQuery)
export class GetContactHandler implements IQueryHandler<GetContactQuery> {
  constructor(
    @Inject(ContactWriter) private readonly writer: ContactWriter,
    @Inject(ReferralChains) private readonly chains: ReferralChains,
  ) {}

  async execute({ ctx, memberId, contactId }: GetContactQuery): Promise<ContactWithReferrals> {
    assertCanRead(ctx, memberId);
    const { state, version } = await this.writer.load(ctx.tenantId, memberId, contactId);
    const view = contactView(state, version);
    if (!view) throw new NotFoundProblem(`no contact ${contactId}`);
    const { chain, ledTo } = await this.chains.around(ctx.tenantId, memberId, contactId);
    return { ...view, referralChain: chain.map(link), referrals: ledTo.map(link) };
  }
}
