import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import '../admin/admin-area.css';
import { BarChart } from '../admin/bar-chart';
import { TableScroll } from '../admin/table-scroll';
import { FailingRuns } from './failing-runs';
import { fetchFailingRuns, fetchStageCounts, stageRows } from './workflows';
import './operations.css';

/**
 * Running relationship workflows per stage (one institution's, or all of them) and the runs that
 * failed, timed out or were terminated, each with a link to its history in the Temporal UI.
 */
export function WorkflowsPage() {
  const [typed, setTyped] = useState('');
  const [tenant, setTenant] = useState('');
  const counts = useQuery({
    queryKey: ['operations', 'workflow-stages', tenant],
    queryFn: () => fetchStageCounts(tenant),
    refetchInterval: 30_000,
  });
  const failing = useInfiniteQuery({
    queryKey: ['operations', 'failing-workflows', tenant],
    queryFn: ({ pageParam }) => fetchFailingRuns(tenant, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = counts.data ? stageRows(counts.data) : [];
  const running = rows.reduce((sum, row) => sum + row.value, 0);
  const scope = tenant ? `of ${tenant}` : 'of every institution';
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Workflows</h1>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          setTenant(typed.trim());
        }}
      >
        <TextField value={typed} onChange={setTyped}>
          <Label>Institution (empty for all)</Label>
          <Input />
        </TextField>
        <Button type="submit">Show</Button>
      </form>
      <h2>Running relationships by stage</h2>
      {counts.isPending && <p role="status">Counting the running relationships…</p>}
      {counts.isError && <ProblemPanel error={counts.error} retry={() => void counts.refetch()} />}
      {counts.isSuccess && (
        <>
          <p role="status">
            {running} running {scope}
            {counts.data.withoutStage > 0
              ? `, and ${counts.data.withoutStage} started before stages were recorded`
              : ''}
            . Counted at {new Date(counts.data.countedAt).toLocaleTimeString()}.
          </p>
          <TableScroll label="Stages">
            <table>
              <caption>Running relationships per stage {scope}</caption>
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col">Running</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.stage}>
                    <th scope="row">{row.label}</th>
                    <td className="numeric">{row.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {running > 0 && <BarChart title="Running relationships per stage" bars={rows} />}
        </>
      )}
      <h2>Failed, timed out or terminated</h2>
      <FailingRuns
        query={failing}
        emptyText={`No relationship workflow ${scope} has failed, timed out or been terminated.`}
      />
    </section>
  );
}
