import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import { TableScroll } from '../admin/table-scroll';
import { type FailingPage, STATUS_OF_RUN, stageWord } from './workflows';

/** The runs that ended badly, a page at a time, each linked to its history in the Temporal UI. */
export function FailingRuns({
  query,
  emptyText,
}: {
  query: UseInfiniteQueryResult<InfiniteData<FailingPage>>;
  emptyText: string;
}) {
  const runs = query.data?.pages.flatMap((page) => page.runs) ?? [];
  return (
    <>
      {query.isPending && <p role="status">Asking Temporal for the runs that ended badly…</p>}
      {query.isError && <ProblemPanel error={query.error} retry={() => void query.refetch()} />}
      {query.isSuccess && runs.length === 0 && <p role="status">{emptyText}</p>}
      {runs.length > 0 && (
        <TableScroll label="Failing workflows">
          <table>
            <caption>Runs that ended badly, latest first</caption>
            <thead>
              <tr>
                <th scope="col">Workflow</th>
                <th scope="col">Institution</th>
                <th scope="col">Stage</th>
                <th scope="col">Ended</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={`${run.workflowId}/${run.runId}`}>
                  <th scope="row">
                    <a href={run.temporalUiUrl} target="_blank" rel="noreferrer">
                      {run.workflowId}
                      <span className="visually-hidden"> (opens the Temporal UI)</span>
                    </a>
                  </th>
                  <td>{run.tenantId ?? 'not recorded'}</td>
                  <td>{stageWord(run.stage)}</td>
                  <td>
                    {STATUS_OF_RUN[run.status]}
                    {run.closedAt ? ` ${new Date(run.closedAt).toLocaleString()}` : ''}
                  </td>
                  <td>{run.failure}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {query.hasNextPage && (
        <Button isDisabled={query.isFetchingNextPage} onPress={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? 'Loading more…' : 'More runs'}
        </Button>
      )}
    </>
  );
}
