import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { ProblemError } from '../app/problem';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { addContact, type NewContact } from './contacts';

const FIELDS: readonly { name: keyof NewContact; label: string; required?: boolean }[] = [
  { name: 'givenName', label: 'Given name', required: true },
  { name: 'familyName', label: 'Family name', required: true },
  { name: 'email', label: 'Email' },
  { name: 'organisation', label: 'Organisation' },
  { name: 'role', label: 'Role' },
];

/**
 * Adds a contact. The browser checks only that the names are there; everything else is the
 * contacts service's rule, and its problem+json answer is shown beside each field it names.
 */
export function AddContactForm({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: (contact: NewContact) => addContact(session, contact),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', session.personId] }),
  });
  const fieldErrors = add.error instanceof ProblemError ? add.error.fieldErrors : {};
  const unplaced = add.isError && Object.keys(fieldErrors).length === 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: keyof NewContact) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const contact: NewContact = {
      givenName: text('givenName'),
      familyName: text('familyName'),
      email: text('email'),
      organisation: text('organisation'),
      role: text('role'),
    };
    add.mutate(contact, { onSuccess: () => form.reset() });
  }

  return (
    <Form
      className="add-contact"
      aria-labelledby="add-contact-title"
      validationErrors={fieldErrors}
      onSubmit={submit}
    >
      <h2 id="add-contact-title">Add a contact</h2>
      {FIELDS.map(({ name, label, required }) => (
        <TextField
          key={name}
          name={name}
          isRequired={required}
          inputMode={name === 'email' ? 'email' : undefined}
        >
          <Label>
            {label}
            {required ? ' (required)' : ''}
          </Label>
          <Input />
          <FieldError />
        </TextField>
      ))}
      {add.isError && !unplaced && (
        <p role="alert">Some fields need a change: see the messages beside them.</p>
      )}
      {unplaced && <ProblemPanel error={add.error} />}
      {add.isSuccess && <p role="status">Contact added to your network.</p>}
      <Button type="submit" isDisabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add contact'}
      </Button>
    </Form>
  );
}
