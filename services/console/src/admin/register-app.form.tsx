import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Form,
  Input,
  Label,
  TextField,
} from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { fieldErrorsOf, formText } from './field-errors';
import { type Credentials, PARTNER_SCOPES, type PartnerScope, registerApp } from './partner-apps';
import { SecretOnce } from './secret-once';

/** Registers a partner app with its scopes; its client secret is shown this once. */
export function RegisterAppForm({
  session,
  onRegistered,
}: {
  session: Session;
  onRegistered: (app: Credentials & { name: string }) => void;
}) {
  const register = useMutation({
    mutationFn: async (app: { name: string; scopes: PartnerScope[] }) => ({
      ...(await registerApp(session, app.name, app.scopes)),
      name: app.name,
    }),
    onSuccess: onRegistered,
  });
  const fieldErrors = fieldErrorsOf(register.error, (pointer) => /^\/([^/]+)/.exec(pointer)?.[1]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    register.mutate(
      {
        name: formText(data, 'name'),
        scopes: data.getAll('scopes').map(String) as PartnerScope[],
      },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <Form
      className="admin-form"
      aria-labelledby="register-app-title"
      validationErrors={fieldErrors}
      // The server's errors must not block the corrected form's next submit, as native ones do.
      validationBehavior="aria"
      onSubmit={submit}
    >
      <h2 id="register-app-title">Register a partner app</h2>
      <TextField name="name" isRequired>
        <Label>App name (required)</Label>
        <Input />
        <FieldError />
      </TextField>
      <CheckboxGroup name="scopes" className="checkbox-columns">
        <Label>Scopes</Label>
        {PARTNER_SCOPES.map((scope) => (
          <Checkbox key={scope} value={scope}>
            {scope}
          </Checkbox>
        ))}
        <FieldError />
      </CheckboxGroup>
      {register.isError && Object.keys(fieldErrors).length === 0 && (
        <ProblemPanel error={register.error} />
      )}
      {register.isSuccess && (
        <SecretOnce
          label={`Client secret of ${register.data.name} (${register.data.clientId})`}
          value={register.data.clientSecret}
        />
      )}
      <Button type="submit" isDisabled={register.isPending}>
        {register.isPending ? 'Registering…' : 'Register app'}
      </Button>
    </Form>
  );
}
