import type { Collection } from 'mongodb';
import type { ProjectionStore } from '@rapport/messaging';
import { contactDocumentId } from '../projections/contact-event-at';
import {
  REFERRAL_GRAPH,
  type ReferralNodeDocument,
} from '../projections/referral-graph.projection';

/** A chain is at most this long; deeper graphs are cut (and a loop can never spin forever). */
const MAX_DEPTH = 50;

/** Walks the referral graph read model of one member. */
export class ReferralChains {
  constructor(private readonly projections: ProjectionStore) {}

  private async graph(): Promise<Collection<ReferralNodeDocument>> {
    return (await this.projections.active(
      REFERRAL_GRAPH,
    )) as unknown as Collection<ReferralNodeDocument>;
  }

  /** The contacts above `contactId`, nearest first: who referred them, who referred that one… */
  async upward(
    tenantId: string,
    memberId: string,
    contactId: string,
  ): Promise<ReferralNodeDocument[]> {
    const graph = await this.graph();
    const chain: ReferralNodeDocument[] = [];
    const seen = new Set([contactId]);
    let node = await graph.findOne({ _id: contactDocumentId(tenantId, memberId, contactId) });
    while (node?.referredBy && !seen.has(node.referredBy) && chain.length < MAX_DEPTH) {
      seen.add(node.referredBy);
      node = await graph.findOne({ _id: contactDocumentId(tenantId, memberId, node.referredBy) });
      if (node) chain.push(node);
    }
    return chain;
  }

  /** The contacts `contactId` led to directly. */
  async ledTo(
    tenantId: string,
    memberId: string,
    contactId: string,
  ): Promise<ReferralNodeDocument[]> {
    const graph = await this.graph();
    return graph
      .find({ tenantId, memberId, referredBy: contactId })
      .sort({ contactId: 1 })
      .toArray();
  }

  async wholeGraph(tenantId: string, memberId: string): Promise<ReferralNodeDocument[]> {
    const graph = await this.graph();
    return graph.find({ tenantId, memberId }).sort({ contactId: 1 }).toArray();
  }
}
