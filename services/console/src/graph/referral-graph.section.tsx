import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ProblemPanel } from '../app/problem-panel';
import './graph.css';
import { fetchReferralGraph, nodeName } from './referral-graph';

const ReferralGraphDrawing = lazy(() => import('./referral-graph.drawing'));

/** Who introduced whom: drawn as a graph, and said as a list for screen readers and phones. */
export function ReferralGraphSection({ memberId }: { memberId: string }) {
  const graph = useQuery({
    queryKey: ['referral-graph', memberId],
    queryFn: () => fetchReferralGraph(memberId),
  });
  const names = new Map((graph.data?.nodes ?? []).map((node) => [node.id, nodeName(node)]));
  return (
    <section aria-labelledby="graph-title" className="referral-graph">
      <h2 id="graph-title">Who introduced whom</h2>
      {graph.isPending && <p role="status">Loading your referral graph…</p>}
      {graph.isError && <ProblemPanel error={graph.error} retry={() => void graph.refetch()} />}
      {graph.isSuccess && graph.data.edges.length === 0 && (
        <p className="empty">
          No introductions recorded yet. When a contact suggests someone and you add them as
          referred, they appear here, linked.
        </p>
      )}
      {graph.isSuccess && graph.data.edges.length > 0 && (
        <>
          <Suspense fallback={<p role="status">Drawing the graph…</p>}>
            <ReferralGraphDrawing graph={graph.data} />
          </Suspense>
          <ul aria-label="Introductions">
            {graph.data.edges.map((edge) => (
              <li key={`${edge.from}->${edge.to}`}>
                {names.get(edge.from) ?? 'A contact'} introduced you to{' '}
                {names.get(edge.to) ?? 'a contact'}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
