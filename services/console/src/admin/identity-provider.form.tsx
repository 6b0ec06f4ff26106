import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { ProblemError } from '../app/problem';
import { ProblemPanel } from '../app/problem-panel';
import type { Versioned } from '../app/v1-client';
import type { Role, Session } from '../session/session';
import { fieldErrorsOf, formText } from './field-errors';
import { type MappingRow, RoleMappingEditor } from './role-mapping.editor';
import {
  configureIdentityProvider,
  type IdentityProvider,
  providerFieldOf,
} from './sign-in-settings';

const rowsOf = (provider: IdentityProvider | undefined): MappingRow[] =>
  Object.entries(provider?.roleValues ?? {}).map(([claimValue, role], index) => ({
    key: index + 1,
    claimValue,
    role: role as Role,
  }));

/**
 * The institution's OpenID provider: issuer, client, scopes and which claim values grant which
 * role. The client secret is write-only: the page says whether one is set and sends one only
 * when typed. Saved under If-Match; the gateway's problem+json names each wrong field.
 */
export function IdentityProviderForm({
  session,
  current,
  reload,
}: {
  session: Session;
  current: Versioned<IdentityProvider> | null;
  reload: () => void;
}) {
  const queryClient = useQueryClient();
  const provider = current?.value;
  // The mapping being edited belongs to the version it was read from (see CorsOriginsForm).
  const version = provider?.version ?? 0;
  const [edit, setEdit] = useState(() => ({ version, rows: rowsOf(provider) }));
  const rows = edit.version === version ? edit.rows : rowsOf(provider);
  const setRows = (changed: MappingRow[]) => setEdit({ version, rows: changed });
  const save = useMutation({
    mutationFn: (change: Parameters<typeof configureIdentityProvider>[2]) =>
      configureIdentityProvider(session, current?.etag ?? null, change),
    onSuccess: (saved) => queryClient.setQueryData(['admin', 'identity-provider'], saved),
  });
  const fieldErrors = fieldErrorsOf(save.error, providerFieldOf);
  const stale = save.error instanceof ProblemError && save.error.status === 412;
  const unplaced = save.isError && !stale && Object.keys(fieldErrors).length === 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const secret = formText(data, 'clientSecret');
    save.mutate({
      issuer: formText(data, 'issuer'),
      clientId: formText(data, 'clientId'),
      ...(secret === '' ? {} : { clientSecret: secret }),
      scopes: formText(data, 'scopes').split(/\s+/).filter(Boolean),
      roleClaim: formText(data, 'roleClaim'),
      roleValues: Object.fromEntries(rows.map((row) => [row.claimValue.trim(), row.role])),
    });
  }

  return (
    <Form
      key={version}
      className="admin-form"
      aria-labelledby="provider-title"
      validationErrors={fieldErrors}
      // The server's errors must not block the corrected form's next submit, as native ones do.
      validationBehavior="aria"
      onSubmit={submit}
    >
      <h2 id="provider-title">Identity provider</h2>
      <p className="form-note">
        {provider
          ? `Version ${provider.version}. People sign in with this provider.`
          : 'None configured: people sign in with the embedded provider. Saving one replaces it for everyone at once.'}
      </p>
      <TextField name="issuer" defaultValue={provider?.issuer ?? ''}>
        <Label>Issuer URL</Label>
        <Input type="url" />
        <FieldError />
      </TextField>
      <TextField name="clientId" defaultValue={provider?.clientId ?? ''}>
        <Label>Client id</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="clientSecret" type="password" autoComplete="new-password">
        <Label>
          Client secret (
          {provider?.clientSecretSet ? 'one is set; leave empty to keep it' : 'none set yet'})
        </Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField
        name="scopes"
        defaultValue={(provider?.scopes ?? ['openid', 'profile', 'email']).join(' ')}
      >
        <Label>Scopes (separated by spaces)</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="roleClaim" defaultValue={provider?.roleClaim ?? ''}>
        <Label>Role claim</Label>
        <Input />
        <FieldError />
      </TextField>
      <RoleMappingEditor rows={rows} error={fieldErrors['roleValues']} onChange={setRows} />
      {stale && (
        <div role="alert" className="problem">
          <p>
            <strong>Someone changed the identity provider since you opened it.</strong>
          </p>
          <p>Load the latest version, then make your change again.</p>
          <Button onPress={reload}>Load the latest provider</Button>
        </div>
      )}
      {save.isError && !stale && !unplaced && (
        <p role="alert">Some values need a change: see the messages beside them.</p>
      )}
      {unplaced && <ProblemPanel error={save.error} />}
      {save.isSuccess && (
        <p role="status">Identity provider saved as version {save.data.value.version}.</p>
      )}
      <Button type="submit" isDisabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save identity provider'}
      </Button>
    </Form>
  );
}
