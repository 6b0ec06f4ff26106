import { layoutForest, type ReferralGraph } from './referral-graph';

const node = (id: string) => ({ id, label: id, organisation: null, status: 'active' });
const edge = (from: string, to: string) => ({ from, to, mayUseReferrerName: true });

describe('layoutForest', () => {
  it('puts each contact a row under their referrer, parents over the middle of their children', () => {
    const graph: ReferralGraph = {
      nodes: ['ann', 'bob', 'cy', 'dee', 'loner'].map(node),
      edges: [edge('ann', 'bob'), edge('ann', 'cy'), edge('cy', 'dee')],
    };
    const at = Object.fromEntries(layoutForest(graph, 100, 10).map((p) => [p.id, [p.x, p.y]]));
    expect(at).toEqual({ bob: [0, 10], dee: [100, 20], cy: [100, 10], ann: [50, 0] });
  });

  it('survives a cycle in bad data instead of recursing forever', () => {
    const graph: ReferralGraph = {
      nodes: ['a', 'b', 'c'].map(node),
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'b')],
    };
    expect(
      layoutForest(graph)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });
});
