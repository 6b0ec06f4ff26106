import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { AppWebhooks } from './app-webhooks';
import { PartnerAppList } from './partner-app-list';
import { fetchPartnerApps, type PartnerApp, revokeApp, rotateApp } from './partner-apps';
import { RegisterAppForm } from './register-app.form';
import { SecretOnce } from './secret-once';
import './admin-area.css';

const APPS = ['admin', 'partner-apps'] as const;

/**
 * Partner apps: the institution's apps a page at a time (newest first), register one (the secret
 * shown once), rotate or revoke any active one, and each app's webhooks with their delivery logs.
 */
export function PartnerAppsPage() {
  const session = useOutletContext<Session>();
  const queryClient = useQueryClient();
  const apps = useInfiniteQuery({
    queryKey: APPS,
    queryFn: ({ pageParam }) => fetchPartnerApps(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next,
  });
  const [open, setOpen] = useState<string | undefined>();
  const reload = () => queryClient.invalidateQueries({ queryKey: APPS });
  const rotate = useMutation({
    mutationFn: (app: PartnerApp) => rotateApp(session, app.clientId),
    onSuccess: reload,
  });
  const revoke = useMutation({
    mutationFn: (app: PartnerApp) => revokeApp(session, app.clientId),
    onSuccess: (_, app) => {
      if (open === app.clientId) setOpen(undefined);
      return reload();
    },
  });
  const listed = apps.data?.pages.flatMap((page) => page.apps) ?? [];

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Partner apps</h1>
      <RegisterAppForm
        session={session}
        onRegistered={({ clientId }) => {
          setOpen(clientId);
          void reload();
        }}
      />
      <h2>Your institution’s apps</h2>
      {apps.isPending && <p role="status">Loading the partner apps…</p>}
      {apps.isError && <ProblemPanel error={apps.error} retry={() => void apps.refetch()} />}
      {apps.isSuccess && listed.length === 0 && <p className="empty">No partner apps yet.</p>}
      {listed.length > 0 && (
        <PartnerAppList
          apps={listed}
          open={open}
          busy={rotate.isPending || revoke.isPending}
          onOpen={(app) => setOpen(app.clientId)}
          onRotate={(app) => rotate.mutate(app)}
          onRevoke={(app) => revoke.mutate(app)}
        />
      )}
      {apps.hasNextPage && (
        <Button isDisabled={apps.isFetchingNextPage} onPress={() => void apps.fetchNextPage()}>
          {apps.isFetchingNextPage ? 'Loading older apps…' : 'Show older apps'}
        </Button>
      )}
      {rotate.isSuccess && (
        <SecretOnce
          label={`New client secret of ${rotate.variables.name} (${rotate.data.clientId})`}
          value={rotate.data.clientSecret}
        />
      )}
      {rotate.isSuccess && (
        <p>The old secret keeps working for an hour, so the app’s running clients can switch.</p>
      )}
      {rotate.isError && <ProblemPanel error={rotate.error} />}
      {revoke.isError && <ProblemPanel error={revoke.error} />}
      {revoke.isSuccess && (
        <p role="status">{revoke.variables.name} is revoked: its tokens stop working.</p>
      )}
      {open && <AppWebhooks key={open} session={session} clientId={open} />}
    </section>
  );
}
