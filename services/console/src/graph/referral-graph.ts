import { z } from 'zod';
import { v1Get, v1Path } from '../app/v1-client';

// The contacts service's graph (services/contacts, contact-responses.ts referralGraphResponse).
const referralGraph = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      label: z.string().nullable(),
      organisation: z.string().nullable(),
      status: z.string(),
    }),
  ),
  edges: z.array(z.object({ from: z.string(), to: z.string(), mayUseReferrerName: z.boolean() })),
});
export type ReferralGraph = z.infer<typeof referralGraph>;
export type GraphNode = ReferralGraph['nodes'][number];

export function fetchReferralGraph(memberId: string): Promise<ReferralGraph> {
  return v1Get(v1Path`/members/${memberId}/referral-graph`, referralGraph);
}

export const nodeName = (node: GraphNode) => node.label ?? 'Erased contact';

export interface Placed {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Places each contact under the one who introduced them: a referral graph is a forest (each
 * contact has at most one referrer), so rows by depth with each tree's leaves side by side draw
 * it without crossings. Contacts nobody introduced, with no one introduced by them, are left out
 * of the drawing (the list beside it names everyone).
 */
export function layoutForest(graph: ReferralGraph, gapX = 200, gapY = 110): Placed[] {
  const children = new Map<string, string[]>();
  const referred = new Set<string>();
  for (const edge of graph.edges) {
    children.set(edge.from, [...(children.get(edge.from) ?? []), edge.to]);
    referred.add(edge.to);
  }
  const roots = graph.nodes
    .map((node) => node.id)
    .filter((id) => !referred.has(id) && children.has(id));
  const placed: Placed[] = [];
  const seen = new Set<string>();
  let nextColumn = 0;
  // Returns the column of the subtree's root: the middle of its children's, or a new one.
  const place = (id: string, depth: number): number => {
    seen.add(id);
    const kids = (children.get(id) ?? []).filter((kid) => !seen.has(kid));
    const columns = kids.map((kid) => place(kid, depth + 1));
    const column =
      columns.length > 0
        ? ((columns[0] ?? 0) + (columns[columns.length - 1] ?? 0)) / 2
        : nextColumn++;
    placed.push({ id, x: column * gapX, y: depth * gapY });
    return column;
  };
  for (const root of roots) place(root, 0);
  return placed;
}
