import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { fetchDeliveries, redeliver } from './partner-apps';
import { TableScroll } from './table-scroll';

/** One subscription's delivery log, newest first, page by page, each one redeliverable. */
export function WebhookDeliveries({
  session,
  clientId,
  subscriptionId,
}: {
  session: Session;
  clientId: string;
  subscriptionId: string;
}) {
  const queryClient = useQueryClient();
  // The cursors of the pages seen so far, so "Newer" can go back.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors.at(-1);
  const key = ['admin', 'deliveries', clientId, subscriptionId, before];
  const page = useQuery({
    queryKey: key,
    queryFn: () => fetchDeliveries(clientId, subscriptionId, before),
  });
  const again = useMutation({
    mutationFn: (deliveryId: string) => redeliver(session, clientId, subscriptionId, deliveryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  if (page.isPending) return <p role="status">Loading the deliveries…</p>;
  if (page.isError) return <ProblemPanel error={page.error} retry={() => void page.refetch()} />;
  const { deliveries, next } = page.data;
  return (
    <div>
      {deliveries.length === 0 ? (
        <p className="empty">Nothing delivered yet: deliveries appear as events happen.</p>
      ) : (
        <TableScroll label="Deliveries">
          <table>
            <caption>Deliveries of {subscriptionId}</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.deliveryId}>
                  <th scope="row">{delivery.eventType}</th>
                  <td>{new Date(delivery.createdAt).toLocaleString()}</td>
                  <td>{delivery.status}</td>
                  <td>{delivery.attempts}</td>
                  <td>{delivery.lastStatusCode ?? '—'}</td>
                  <td>
                    <Button
                      aria-label={`Redeliver ${delivery.eventType} of ${delivery.createdAt}`}
                      isDisabled={again.isPending}
                      onPress={() => again.mutate(delivery.deliveryId)}
                    >
                      Redeliver
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {again.isError && <ProblemPanel error={again.error} />}
      {again.isSuccess && <p role="status">Redelivery started.</p>}
      <div className="row">
        <Button isDisabled={cursors.length < 2} onPress={() => setCursors(cursors.slice(0, -1))}>
          Newer
        </Button>
        <Button isDisabled={next === undefined} onPress={() => setCursors([...cursors, next])}>
          Older
        </Button>
      </div>
    </div>
  );
}
