import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { assertCanRead } from '../shared/contact-access';
import { ReferralChains } from '../shared/referral-chains';
import { type ReferralGraph, ReferralGraphQuery } from './referral-graph.query';

@QueryHandler(ReferralGraphQuery)
export class ReferralGraphHandler implements IQueryHandler<ReferralGraphQuery> {
  constructor(@Inject(ReferralChains) private readonly chains: ReferralChains) {}

  async execute({ ctx, memberId }: ReferralGraphQuery): Promise<ReferralGraph> {
    assertCanRead(ctx, memberId);
    const nodes = await this.chains.wholeGraph(ctx.tenantId, memberId);
    const present = new Set(nodes.map((node) => node.contactId));
    return {
      nodes: nodes.map((node) => ({
        id: node.contactId,
        label: node.label ?? null,
        organisation: node.organisation ?? null,
        status: node.status,
      })),
      edges: nodes.flatMap((node) =>
        node.referredBy && present.has(node.referredBy)
          ? [
              {
                from: node.referredBy,
                to: node.contactId,
                mayUseReferrerName: node.mayUseReferrerName ?? false,
              },
            ]
          : [],
      ),
    };
  }
}
