import { useQuery } from '@tanstack/react-query';
import { ProblemPanel } from '../app/problem-panel';
import '../admin/admin-area.css';
import { TableScroll } from '../admin/table-scroll';
import { RebuildRow } from './rebuild-row';
import { fetchReadModels } from './rebuilds';
import './operations.css';
import './rebuilds.css';

/**
 * Every service's read models, each rebuildable from its event store. A rebuild fills a fresh
 * copy while readers keep the current one, swaps it in, then applies what arrived meanwhile.
 */
export function RebuildsPage() {
  const models = useQuery({ queryKey: ['operations', 'read-models'], queryFn: fetchReadModels });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Projections</h1>
      <p>
        Rebuild a read model when its documents went wrong (a bug fixed in its projection, a lost
        write). Readers keep the current copy until the new one is complete; nothing is lost if a
        rebuild fails.
      </p>
      {models.isPending && <p role="status">Asking every service for its read models…</p>}
      {models.isError && <ProblemPanel error={models.error} retry={() => void models.refetch()} />}
      {models.data?.services.map((entry) => (
        <div key={entry.service}>
          <h2>{entry.service}</h2>
          {entry.status === 'unavailable' && (
            <p role="status">
              The {entry.service} service did not answer: start it (./rapport up) and reload.
            </p>
          )}
          {entry.status === 'ok' && entry.readModels.length === 0 && <p>No read models.</p>}
          {entry.readModels.length > 0 && (
            <TableScroll label={`${entry.service} read models`}>
              <table>
                <caption>Read models of {entry.service}</caption>
                <thead>
                  <tr>
                    <th scope="col">Read model</th>
                    <th scope="col">Rebuild</th>
                    <th scope="col">Progress</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.readModels.map((model) => (
                    <RebuildRow key={model.name} service={entry.service} name={model.name} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </div>
      ))}
    </section>
  );
}
