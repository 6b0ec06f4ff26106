import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import '../admin/admin-area.css';
import { TableScroll } from '../admin/table-scroll';
import { fetchPlatformHealth, type ServerLine, type ServiceLine } from './operations';
import { StatusWord } from './status-word';

/** Routes an operator's page needs and the gateway does not offer yet (issue 17). */
export const MISSING_OPERATOR_ROUTES: readonly string[] = [];

const SERVER_NAMES: Readonly<Record<ServerLine['name'], string>> = {
  ferretdb: 'Database (FerretDB, MongoDB wire protocol)',
  kafka: 'Kafka',
  temporal: 'Temporal',
  sendgrid: 'Mail (SendGrid API)',
};

const KIND_WORDS: Readonly<Record<ServiceLine['kind'], string>> = {
  gateway: 'Gateway',
  service: 'Service',
  worker: 'Worker',
};

// Not up first: what needs attention comes before what is fine.
const byAttention = <T extends { status: string; name: string }>(a: T, b: T) =>
  Number(a.status === 'up') - Number(b.status === 'up') || a.name.localeCompare(b.name);

/** Every registered service's health and the servers', checked every 15 seconds while open. */
export function HealthPage() {
  const health = useQuery({
    queryKey: ['operations', 'platform-health'],
    queryFn: fetchPlatformHealth,
    refetchInterval: 15_000,
  });
  const down = health.data
    ? [...health.data.services, ...health.data.servers].filter((line) => line.status !== 'up')
    : [];
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Health</h1>
      {health.isPending && <p role="status">Checking every service and server…</p>}
      {health.isError && <ProblemPanel error={health.error} retry={() => void health.refetch()} />}
      {health.isSuccess && (
        <>
          <p role="status">
            {down.length === 0
              ? 'Everything answers.'
              : `${down.length} not healthy: ${down.map((line) => line.name).join(', ')}. Start what is down (./rapport up, or ./rapport status for its log) and check again.`}
            {health.isFetching ? ' (checking again…)' : ''}
          </p>
          <TableScroll label="Services">
            <table>
              <caption>Services and workers</caption>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Kind</th>
                  <th scope="col">State</th>
                  <th scope="col">Answered in</th>
                  <th scope="col">Its checks</th>
                </tr>
              </thead>
              <tbody>
                {[...health.data.services].sort(byAttention).map((line) => (
                  <tr key={line.name}>
                    <th scope="row">{line.name}</th>
                    <td>{KIND_WORDS[line.kind]}</td>
                    <td>
                      <StatusWord status={line.status} />
                      {line.message ? ` (${line.message})` : ''}
                    </td>
                    <td className="numeric">{line.latencyMs} ms</td>
                    <td>
                      <ul className="checks">
                        {line.checks.map((check) => (
                          <li key={check.name}>
                            {check.name}: {check.status}
                            {check.message ? ` (${check.message})` : ''}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <TableScroll label="Servers">
            <table>
              <caption>Servers: what the gateway reaches</caption>
              <thead>
                <tr>
                  <th scope="col">Server</th>
                  <th scope="col">State</th>
                  <th scope="col">Answered in</th>
                </tr>
              </thead>
              <tbody>
                {[...health.data.servers].sort(byAttention).map((line) => (
                  <tr key={line.name}>
                    <th scope="row">{SERVER_NAMES[line.name]}</th>
                    <td>
                      <StatusWord status={line.status} />
                      {line.message ? `: ${line.message}` : ''}
                    </td>
                    <td className="numeric">{line.latencyMs} ms</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Button onPress={() => void health.refetch()}>Check now</Button>
        </>
      )}
      {MISSING_OPERATOR_ROUTES.length > 0 && (
        <>
          <h2>Not available in the console yet</h2>
          <p>
            The gateway has no route for these; use the command line or the Temporal UI meanwhile:
          </p>
          <ul>
            {MISSING_OPERATOR_ROUTES.map((missing) => (
              <li key={missing}>{missing}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
