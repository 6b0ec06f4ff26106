import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import '../admin/admin-area.css';
import { TableScroll } from '../admin/table-scroll';
import { fetchConsumerLag } from './operations';
import './operations.css';

/**
 * How far each consumer group is behind, per topic, groups with lag first (the gateway sorts
 * them so). Refreshed every 15 seconds while open; a prefix narrows it to some groups.
 */
export function ConsumerLagPage() {
  const [typed, setTyped] = useState('');
  const [prefix, setPrefix] = useState('');
  const lag = useQuery({
    queryKey: ['operations', 'consumer-lag', prefix],
    queryFn: () => fetchConsumerLag(prefix),
    refetchInterval: 15_000,
  });
  const behind = lag.data?.lags.filter((line) => line.lag > 0).length ?? 0;
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Consumer lag</h1>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          setPrefix(typed.trim());
        }}
      >
        <TextField value={typed} onChange={setTyped}>
          <Label>Groups starting with</Label>
          <Input />
        </TextField>
        <Button type="submit">Show</Button>
      </form>
      {lag.isPending && <p role="status">Asking Kafka for every group’s offsets…</p>}
      {lag.isError && <ProblemPanel error={lag.error} retry={() => void lag.refetch()} />}
      {lag.isSuccess && (
        <>
          <p role="status">
            {behind === 0
              ? 'No group is behind.'
              : `${behind} group and topic pairs are behind: a group that stays behind has a consumer that is down or failing (see Health and Dead letters).`}
            {lag.data.groupsOmitted > 0
              ? ` ${lag.data.groupsOmitted} more groups are not shown; narrow by prefix to see them.`
              : ''}
            {lag.isFetching ? ' (checking again…)' : ''}
          </p>
          <TableScroll label="Consumer lag">
            <table>
              <caption>Lag per consumer group and topic, most behind first</caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Topic</th>
                  <th scope="col">Group state</th>
                  <th scope="col">Lag (messages)</th>
                  <th scope="col">Per partition</th>
                </tr>
              </thead>
              <tbody>
                {lag.data.lags.map((line) => (
                  <tr key={`${line.group} ${line.topic}`}>
                    <th scope="row">{line.group}</th>
                    <td>{line.topic}</td>
                    <td>{line.state}</td>
                    <td className={line.lag > 0 ? 'numeric stuck' : 'numeric'}>{line.lag}</td>
                    <td>
                      {line.partitions
                        .filter((partition) => partition.lag > 0)
                        .map((partition) => `${partition.partition}: ${partition.lag}`)
                        .join(', ') || 'none behind'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
