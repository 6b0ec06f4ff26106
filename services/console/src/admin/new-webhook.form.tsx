import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { createWebhook, fetchEventTypes } from './partner-apps';
import { SecretOnce } from './secret-once';

/** Subscribes one of the institution's apps to events; the signing secret is shown once. */
export function NewWebhookForm({ session, clientId }: { session: Session; clientId: string }) {
  const queryClient = useQueryClient();
  const eventTypes = useQuery({
    queryKey: ['admin', 'event-types'],
    queryFn: fetchEventTypes,
    staleTime: Infinity,
  });
  const create = useMutation({
    mutationFn: (body: { subscriptionId: string; url: string; eventTypes: string[] }) =>
      createWebhook(session, clientId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'webhooks', clientId] }),
  });
  const fieldErrors = fieldErrorsOf(create.error, (pointer) => /^\/([^/]+)/.exec(pointer)?.[1]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    create.mutate(
      {
        subscriptionId: formText(data, 'subscriptionId'),
        url: formText(data, 'url'),
        eventTypes: data.getAll('eventTypes').map(String),
      },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <Form
      className="admin-form"
      aria-labelledby="new-webhook-title"
      validationErrors={fieldErrors}
      // The server's errors must not block the corrected form's next submit, as native ones do.
      validationBehavior="aria"
      onSubmit={submit}
    >
      <h3 id="new-webhook-title">Add a webhook</h3>
      <TextField name="subscriptionId" isRequired>
        <Label>Name (letters, digits, _ and -)</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="url" isRequired>
        <Label>Receiver URL (https)</Label>
        <Input inputMode="url" />
        <FieldError />
      </TextField>
      {eventTypes.isError && <ProblemPanel error={eventTypes.error} />}
      {eventTypes.isSuccess && (
        <CheckboxGroup name="eventTypes" className="checkbox-columns">
          <Label>Events</Label>
          {eventTypes.data.map((type) => (
            <Checkbox key={type} value={type}>
              {type}
            </Checkbox>
          ))}
          <FieldError />
        </CheckboxGroup>
      )}
      {create.isError && Object.keys(fieldErrors).length === 0 && (
        <ProblemPanel error={create.error} />
      )}
      {create.isSuccess && (
        <SecretOnce
          label={`Signing secret of ${create.data.subscriptionId}`}
          value={create.data.secret}
        />
      )}
      <Button type="submit" isDisabled={create.isPending}>
        {create.isPending ? 'Adding…' : 'Add webhook'}
      </Button>
    </Form>
  );
}
