import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Role, Session } from '../session/session';
import { fieldErrorsOf, formText } from './field-errors';
import { enrol, type Enrolment } from './people';
import { RoleSelect } from './role-select';

const FIELDS: readonly { name: Exclude<keyof Enrolment, 'role'>; label: string }[] = [
  { name: 'personId', label: 'Sign-in id (as the identity provider names them)' },
  { name: 'displayName', label: 'Name' },
  { name: 'email', label: 'Email' },
];

/** Enrols a person; the gateway's problem+json is shown beside the field it names. */
export function EnrolPersonForm({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: (enrolment: Enrolment) => enrol(session, enrolment),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'people'] }),
  });
  const fieldErrors = fieldErrorsOf(add.error, (pointer) => /^\/([^/]+)$/.exec(pointer)?.[1]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => formText(data, name);
    add.mutate(
      {
        personId: text('personId'),
        displayName: text('displayName'),
        email: text('email'),
        role: (text('role') || 'member') as Role,
      },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <Form
      className="admin-form"
      aria-labelledby="enrol-title"
      validationErrors={fieldErrors}
      // The server's errors must not block the corrected form's next submit, as native ones do.
      validationBehavior="aria"
      onSubmit={submit}
    >
      <h2 id="enrol-title">Enrol a person</h2>
      {FIELDS.map(({ name, label }) => (
        <TextField key={name} name={name} isRequired>
          <Label>{label} (required)</Label>
          <Input />
          <FieldError />
        </TextField>
      ))}
      <RoleSelect label="Role" name="role" />
      {add.isError && Object.keys(fieldErrors).length === 0 && <ProblemPanel error={add.error} />}
      {add.isSuccess && <p role="status">{add.data.displayName} is enrolled.</p>}
      <Button type="submit" isDisabled={add.isPending}>
        {add.isPending ? 'Enrolling…' : 'Enrol'}
      </Button>
    </Form>
  );
}
