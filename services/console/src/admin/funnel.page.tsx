import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ProblemPanel } from '../app/problem-panel';
import { BarChart } from './bar-chart';
import { FunnelOverTime } from './funnel-over-time';
import { fetchFunnel, outcomesOf, percent, stagesOf } from './funnel';
import './admin-area.css';

/** Funnel: how the institution's requests turn into responses and conversations, and when. */
export function FunnelPage() {
  const funnel = useQuery({ queryKey: ['funnel'], queryFn: fetchFunnel });
  const stages = useMemo(() => (funnel.data ? stagesOf(funnel.data) : []), [funnel.data]);
  const outcomes = useMemo(() => (funnel.data ? outcomesOf(funnel.data) : []), [funnel.data]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Funnel</h1>
      <p>Totals as of now, then the same week by week.</p>
      {funnel.isPending && <p role="status">Loading the funnel…</p>}
      {funnel.isError && <ProblemPanel error={funnel.error} retry={() => void funnel.refetch()} />}
      {funnel.isSuccess && (
        <>
          <dl className="figures">
            <div>
              <dt>Reply rate</dt>
              <dd>{percent(funnel.data.replyRate)}</dd>
            </div>
            <div>
              <dt>Median days to reply</dt>
              <dd>{funnel.data.medianDaysToReply ?? '—'}</dd>
            </div>
            <div>
              <dt>Follow-ups per reply</dt>
              <dd>{funnel.data.followUpsPerReply ?? '—'}</dd>
            </div>
          </dl>
          <BarChart title="From request to response" bars={stages} />
          <BarChart title="How responses ended" bars={outcomes} />
        </>
      )}
      <FunnelOverTime />
    </section>
  );
}
