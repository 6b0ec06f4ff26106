import { Background, Controls, type Edge, type Node, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { layoutForest, nodeName, type ReferralGraph } from './referral-graph';

/**
 * The drawing itself, loaded only when Network shows a graph (React Flow is most of its weight).
 * Nodes are focusable DOM elements with names; nothing can be dragged or connected, since the
 * graph shows what the contacts service recorded and is changed there.
 */
export default function ReferralGraphDrawing({ graph }: { graph: ReferralGraph }) {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const nodes: Node[] = layoutForest(graph).map(({ id, x, y }) => {
    const contact = byId.get(id);
    const name = contact ? nodeName(contact) : 'Unknown contact';
    const label = contact?.organisation ? `${name}, ${contact.organisation}` : name;
    return { id, position: { x, y }, data: { label }, ariaLabel: label };
  });
  const labelOf = (id: string) => byId.get(id)?.label ?? 'a contact';
  const edges: Edge[] = graph.edges.map((edge) => ({
    id: `${edge.from}->${edge.to}`,
    source: edge.from,
    target: edge.to,
    ariaLabel: `${labelOf(edge.from)} introduced ${labelOf(edge.to)}`,
  }));
  return (
    <div className="graph-drawing">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
