import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Label, ProgressBar } from 'react-aria-components';
import { useOutletContext } from 'react-router';
import type { Session } from '../session/session';
import { ProblemPanel } from '../app/problem-panel';
import { fetchRebuild, percentDone, type Rebuild, startRebuild } from './rebuilds';

function outcome(done: Rebuild): string {
  const counts = `${done.eventsRead} events read, ${done.documentsWritten} documents written`;
  if (done.state === 'succeeded') {
    return `Rebuilt: ${counts}. Readers use the new copy since ${new Date(done.finishedAt ?? done.updatedAt).toLocaleTimeString()}.`;
  }
  return `The rebuild failed (${done.error ?? 'no message'}) after ${counts}. Readers kept the previous copy; check the service on the Health page and rebuild again.`;
}

/**
 * One read model: its Rebuild button, then the rebuild's progress read every second until it
 * ends, and what came of it. Pressing again while it runs shows the same rebuild.
 */
export function RebuildRow({ service, name }: { service: string; name: string }) {
  const session = useOutletContext<Session>();
  const start = useMutation({ mutationFn: () => startRebuild(session, service, name) });
  const rebuildId = start.data?.rebuildId;
  const progress = useQuery({
    queryKey: ['operations', 'rebuild', service, name, rebuildId],
    queryFn: () => fetchRebuild(service, name, rebuildId ?? ''),
    enabled: rebuildId !== undefined,
    initialData: start.data,
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 1_000 : false),
  });
  const current = progress.data;
  const running = start.isPending || current?.state === 'running';
  const label = `${service} ${name}`;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <Button isDisabled={running} aria-label={`Rebuild ${label}`} onPress={() => start.mutate()}>
          {running ? 'Rebuilding…' : 'Rebuild'}
        </Button>
      </td>
      <td className="rebuild-progress">
        {current && current.state === 'running' && (
          <ProgressBar value={percentDone(current)} className="progress determinate">
            {({ percentage, valueText }) => (
              <>
                <Label>
                  {current.phase === 'copy' ? 'Copying' : 'Catching up'}: {current.eventsRead} of{' '}
                  {current.eventsTotal} events
                </Label>
                <span className="value">{valueText}</span>
                <div className="track">
                  <div className="fill" style={{ width: `${percentage ?? 0}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
        )}
        <p role="status">{current && current.state !== 'running' ? outcome(current) : ''}</p>
        {start.isError && <ProblemPanel error={start.error} />}
        {progress.isError && (
          <ProblemPanel error={progress.error} retry={() => void progress.refetch()} />
        )}
      </td>
    </tr>
  );
}
