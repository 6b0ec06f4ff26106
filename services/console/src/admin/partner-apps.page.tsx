import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { useOutletContext } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { formText } from './field-errors';
import { AppWebhooks } from './app-webhooks';
import { revokeApp, rotateApp } from './partner-apps';
import { RegisterAppForm } from './register-app.form';
import { SecretOnce } from './secret-once';
import './admin-area.css';

interface KnownApp {
  readonly clientId: string;
  readonly name: string;
}

/**
 * Partner apps: register (the secret shown once), rotate, revoke, and each app's webhooks with
 * their delivery logs. The gateway has no route listing an institution's apps yet, so the page
 * holds the apps registered here and opens any other by its client id.
 */
export function PartnerAppsPage() {
  const session = useOutletContext<Session>();
  const [apps, setApps] = useState<KnownApp[]>([]);
  const [open, setOpen] = useState<string | undefined>();
  const rotate = useMutation({ mutationFn: (clientId: string) => rotateApp(session, clientId) });
  const revoke = useMutation({
    mutationFn: (clientId: string) => revokeApp(session, clientId),
    onSuccess: (_, clientId) => {
      setApps((known) => known.filter((app) => app.clientId !== clientId));
      if (open === clientId) setOpen(undefined);
    },
  });

  function openById(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientId = formText(new FormData(event.currentTarget), 'clientId');
    if (clientId === '') return;
    if (!apps.some((app) => app.clientId === clientId)) {
      setApps((known) => [...known, { clientId, name: clientId }]);
    }
    setOpen(clientId);
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Partner apps</h1>
      <RegisterAppForm
        session={session}
        onRegistered={({ clientId, name }) => {
          setApps((known) => [...known, { clientId, name }]);
          setOpen(clientId);
        }}
      />
      <Form className="filters" aria-label="Open a partner app" onSubmit={openById}>
        <TextField name="clientId" isRequired>
          <Label>Client id of an app</Label>
          <Input />
        </TextField>
        <Button type="submit">Open app</Button>
      </Form>
      {apps.length > 0 && (
        <ul className="plain-list" aria-label="Partner apps">
          {apps.map((app) => (
            <li key={app.clientId}>
              <span>
                <strong>{app.name}</strong> ({app.clientId})
              </span>
              <Button aria-pressed={open === app.clientId} onPress={() => setOpen(app.clientId)}>
                Webhooks
              </Button>
              <Button isDisabled={rotate.isPending} onPress={() => rotate.mutate(app.clientId)}>
                Rotate secret
              </Button>
              <Button isDisabled={revoke.isPending} onPress={() => revoke.mutate(app.clientId)}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      {rotate.isSuccess && (
        <SecretOnce
          label={`New client secret of ${rotate.data.clientId}`}
          value={rotate.data.clientSecret}
        />
      )}
      {rotate.isSuccess && (
        <p>The old secret keeps working for an hour, so the app’s running clients can switch.</p>
      )}
      {rotate.isError && <ProblemPanel error={rotate.error} />}
      {revoke.isError && <ProblemPanel error={revoke.error} />}
      {revoke.isSuccess && <p role="status">The app is revoked: its tokens stop working.</p>}
      {open && <AppWebhooks key={open} session={session} clientId={open} />}
    </section>
  );
}
