import { Inject, Injectable } from '@nestjs/common';
import { ProjectionStore } from '@rapport/messaging';
import { readMemberRows } from '../projections/member-buckets';
import { GRAPH_BUCKETS, type ReferralNode } from '../projections/referral-graph.projection';
import { compareCodePoints } from '../list-contacts/contact-list.order';

/** A chain is at most this long; deeper graphs are cut (and a loop can never spin forever). */
const MAX_DEPTH = 50;

/** One member's referral graph, read whole from its bucket documents (by `_id`). */
class MemberGraph {
  private readonly nodes: Map<string, ReferralNode>;

  constructor(nodes: readonly ReferralNode[]) {
    this.nodes = new Map(nodes.map((node) => [node.contactId, node]));
  }

  upward(contactId: string): ReferralNode[] {
    const chain: ReferralNode[] = [];
    const seen = new Set([contactId]);
    let node = this.nodes.get(contactId);
    while (node?.referredBy && !seen.has(node.referredBy) && chain.length < MAX_DEPTH) {
      seen.add(node.referredBy);
      node = this.nodes.get(node.referredBy);
      if (node) chain.push(node);
    }
    return chain;
  }

  ledTo(contactId: string): ReferralNode[] {
    return this.all().filter((node) => node.referredBy === contactId);
  }

  /** By contact id, as MongoDB orders strings. */
  all(): ReferralNode[] {
    return [...this.nodes.values()].sort((a, b) => compareCodePoints(a.contactId, b.contactId));
  }
}

/** Walks the referral graph read model of one member. */
@Injectable()
export class ReferralChains {
  constructor(@Inject(ProjectionStore) private readonly projections: ProjectionStore) {}

  private async graph(tenantId: string, memberId: string): Promise<MemberGraph> {
    const nodes = await readMemberRows<ReferralNode>(
      this.projections,
      GRAPH_BUCKETS,
      tenantId,
      memberId,
    );
    return new MemberGraph(nodes);
  }

  /** The contacts above `contactId`, nearest first: who referred them, who referred that one… */
  async upward(tenantId: string, memberId: string, contactId: string): Promise<ReferralNode[]> {
    return (await this.graph(tenantId, memberId)).upward(contactId);
  }

  /** The contacts `contactId` led to directly. */
  async ledTo(tenantId: string, memberId: string, contactId: string): Promise<ReferralNode[]> {
    return (await this.graph(tenantId, memberId)).ledTo(contactId);
  }

  /** Both of the above from one read of the graph. */
  async around(
    tenantId: string,
    memberId: string,
    contactId: string,
  ): Promise<{ chain: ReferralNode[]; ledTo: ReferralNode[] }> {
    const graph = await this.graph(tenantId, memberId);
    return { chain: graph.upward(contactId), ledTo: graph.ledTo(contactId) };
  }

  async wholeGraph(tenantId: string, memberId: string): Promise<ReferralNode[]> {
    return (await this.graph(tenantId, memberId)).all();
  }
}
