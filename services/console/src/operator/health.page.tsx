import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import { fetchGatewayHealth, probeLines } from './health';
import '../admin/admin-area.css';
import { TableScroll } from '../admin/table-scroll';

/** Routes an operator's page needs and the gateway does not offer yet (issue 17). */
export const MISSING_OPERATOR_ROUTES: readonly string[] = [
  'each service’s and worker’s /health through the gateway (only the gateway’s own is reachable)',
  'relationship workflows by stage and the failing ones',
  'dead letters with replay (today: the dead-letter command line of libs/messaging)',
  'projection rebuilds with progress',
  'consumer lag per consumer group',
];

/** Health: what the gateway itself reaches, checked every 15 seconds while the page is open. */
export function HealthPage() {
  const health = useQuery({
    queryKey: ['operations', 'health'],
    queryFn: fetchGatewayHealth,
    refetchInterval: 15_000,
  });
  const lines = health.data ? probeLines(health.data) : [];
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Health</h1>
      {health.isPending && <p role="status">Checking…</p>}
      {health.isError && <ProblemPanel error={health.error} retry={() => void health.refetch()} />}
      {health.isSuccess && (
        <>
          <p role="status">
            Gateway: {health.data.status === 'ok' ? 'all its servers answer' : 'a server is down'}
            {health.isFetching ? ' (checking again…)' : ''}
          </p>
          <TableScroll label="Health checks">
            <table>
              <caption>What the gateway reaches</caption>
              <thead>
                <tr>
                  <th scope="col">Server</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.name}>
                    <th scope="row">{line.name}</th>
                    <td className={line.up ? undefined : 'stuck'}>{line.say}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Button onPress={() => void health.refetch()}>Check now</Button>
        </>
      )}
      <h2>Not available in the console yet</h2>
      <p>The gateway has no route for these; use the command line or the Temporal UI meanwhile:</p>
      <ul>
        {MISSING_OPERATOR_ROUTES.map((missing) => (
          <li key={missing}>{missing}</li>
        ))}
      </ul>
    </section>
  );
}
