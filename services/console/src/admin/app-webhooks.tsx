import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { fetchWebhooks, setWebhookEnabled } from './partner-apps';
import { NewWebhookForm } from './new-webhook.form';
import { WebhookDeliveries } from './webhook-deliveries';

/** One app's webhooks: each with its state, a switch, and its delivery log on demand. */
export function AppWebhooks({ session, clientId }: { session: Session; clientId: string }) {
  const queryClient = useQueryClient();
  const webhooks = useQuery({
    queryKey: ['admin', 'webhooks', clientId],
    queryFn: () => fetchWebhooks(clientId),
  });
  const [logOf, setLogOf] = useState<string | undefined>();
  const toggle = useMutation({
    mutationFn: (change: { subscriptionId: string; enabled: boolean }) =>
      setWebhookEnabled(session, clientId, change.subscriptionId, change.enabled),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'webhooks', clientId] }),
  });

  return (
    <section aria-labelledby="webhooks-title">
      <h3 id="webhooks-title">Webhooks of {clientId}</h3>
      {webhooks.isPending && <p role="status">Loading the webhooks…</p>}
      {webhooks.isError && (
        <ProblemPanel error={webhooks.error} retry={() => void webhooks.refetch()} />
      )}
      {webhooks.isSuccess && webhooks.data.length === 0 && (
        <p className="empty">No webhooks yet.</p>
      )}
      {webhooks.isSuccess && webhooks.data.length > 0 && (
        <ul className="plain-list" aria-label={`Webhooks of ${clientId}`}>
          {webhooks.data.map((hook) => (
            <li key={hook.subscriptionId}>
              <span>
                <strong>{hook.subscriptionId}</strong> → {hook.url} ({hook.status}
                {hook.disabledReason ? `: ${hook.disabledReason}` : ''}) ·{' '}
                {hook.eventTypes.join(', ')}
              </span>
              <Button
                isDisabled={toggle.isPending}
                onPress={() =>
                  toggle.mutate({
                    subscriptionId: hook.subscriptionId,
                    enabled: hook.status !== 'enabled',
                  })
                }
              >
                {hook.status === 'enabled' ? 'Disable' : 'Enable'}
              </Button>
              <Button
                aria-pressed={logOf === hook.subscriptionId}
                onPress={() => setLogOf(hook.subscriptionId)}
              >
                Delivery log
              </Button>
            </li>
          ))}
        </ul>
      )}
      {toggle.isError && <ProblemPanel error={toggle.error} />}
      {logOf && (
        <WebhookDeliveries
          key={logOf}
          session={session}
          clientId={clientId}
          subscriptionId={logOf}
        />
      )}
      <NewWebhookForm session={session} clientId={clientId} />
    </section>
  );
}
