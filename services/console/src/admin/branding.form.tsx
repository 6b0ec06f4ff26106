import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { fieldErrorsOf, formText } from './field-errors';
import { type Branding, brandingFieldOf, changeBranding, fetchBranding } from './policy';

const FIELDS: readonly { name: keyof Branding; label: string }[] = [
  { name: 'displayName', label: 'Name shown to members' },
  { name: 'primaryColor', label: 'Primary colour (#rrggbb)' },
  { name: 'logoUrl', label: 'Logo (https URL, empty for none)' },
];

/** The institution's name, colour and logo as members see them in the console and in mail. */
export function BrandingForm({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const branding = useQuery({ queryKey: ['admin', 'branding'], queryFn: fetchBranding });
  const save = useMutation({
    mutationFn: (next: Branding) => changeBranding(session, next),
    onSuccess: (saved) => queryClient.setQueryData(['admin', 'branding'], saved),
  });
  const fieldErrors = fieldErrorsOf(save.error, brandingFieldOf);

  if (branding.isPending) return <p role="status">Loading the branding…</p>;
  if (branding.isError) {
    return <ProblemPanel error={branding.error} retry={() => void branding.refetch()} />;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: keyof Branding) => formText(data, name);
    save.mutate({
      displayName: text('displayName'),
      primaryColor: text('primaryColor'),
      logoUrl: text('logoUrl'),
    });
  }

  return (
    <Form
      className="admin-form"
      aria-labelledby="branding-title"
      validationErrors={fieldErrors}
      // The server's errors must not block the corrected form's next submit, as native ones do.
      validationBehavior="aria"
      onSubmit={submit}
    >
      <h2 id="branding-title">Branding</h2>
      {FIELDS.map(({ name, label }) => (
        <TextField key={name} name={name} defaultValue={branding.data[name]}>
          <Label>{label}</Label>
          <Input />
          <FieldError />
        </TextField>
      ))}
      {save.isError && Object.keys(fieldErrors).length === 0 && <ProblemPanel error={save.error} />}
      {save.isSuccess && <p role="status">Branding saved.</p>}
      <Button type="submit" isDisabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save branding'}
      </Button>
    </Form>
  );
}
