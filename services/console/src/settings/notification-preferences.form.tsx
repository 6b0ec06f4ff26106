import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Checkbox, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { ProblemError } from '../app/problem';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { type Preferences, type PreferencesChange, savePreferences } from './preferences';
import { TimeZoneField } from './time-zone-field';

interface NotificationPreferencesFormProps {
  readonly session: Session;
  readonly preferences: Preferences;
  /** Kept by the page: a save gives a new version, and the page starts a fresh form from it. */
  readonly saved: boolean;
  readonly onSaved: () => void;
}

/** How and when Rapport reaches the member; the service's refusals are shown by field. */
export function NotificationPreferencesForm({
  session,
  preferences,
  saved,
  onSaved,
}: NotificationPreferencesFormProps) {
  const queryClient = useQueryClient();
  const [timeZone, setTimeZone] = useState(preferences.timeZone);
  const [email, setEmail] = useState(preferences.channels.email);
  const [inApp, setInApp] = useState(preferences.channels.inApp);
  const [digest, setDigest] = useState(preferences.digest.enabled);
  const [quiet, setQuiet] = useState(preferences.quietHours !== null);
  const save = useMutation({
    mutationFn: (change: PreferencesChange) => savePreferences(session, preferences, change),
    onSuccess: (answer) => {
      onSaved();
      queryClient.setQueryData(['preferences', session.personId], answer);
    },
    // Changed elsewhere meanwhile: show the settings as they now are.
    onError: (error) => {
      if (error instanceof ProblemError && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: ['preferences', session.personId] });
      }
    },
  });
  const fieldErrors = save.error instanceof ProblemError ? save.error.fieldErrors : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    save.mutate({
      email: text('email') || null,
      displayName: text('displayName') || null,
      timeZone,
      channels: { email, inApp },
      digest: { enabled: digest, localTime: text('digestTime') || preferences.digest.localTime },
      quietHours: quiet ? { start: text('quietStart'), end: text('quietEnd') } : null,
    });
  }

  const quietHours = preferences.quietHours ?? { start: '21:00', end: '08:00' };
  return (
    <Form
      className="settings-form"
      aria-labelledby="notifications-title"
      validationErrors={fieldErrors}
      onSubmit={submit}
    >
      <h2 id="notifications-title">Notifications</h2>
      <TextField name="displayName" defaultValue={preferences.displayName ?? ''}>
        <Label>Your name in messages</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="email" type="email" defaultValue={preferences.email ?? ''}>
        <Label>Email for reminders</Label>
        <Input />
        <FieldError />
      </TextField>
      <TimeZoneField label="Your time zone" value={timeZone} onChange={setTimeZone} />
      {fieldErrors['timeZone'] && <p className="field-problem">{fieldErrors['timeZone']}</p>}
      <fieldset>
        <legend>How to reach you</legend>
        <Checkbox isSelected={email} onChange={setEmail}>
          By email
        </Checkbox>
        <Checkbox isSelected={inApp} onChange={setInApp}>
          In the console’s inbox
        </Checkbox>
      </fieldset>
      <fieldset>
        <legend>Daily digest</legend>
        <Checkbox isSelected={digest} onChange={setDigest}>
          Send me one digest a day
        </Checkbox>
        <TextField name="digestTime" type="time" defaultValue={preferences.digest.localTime}>
          <Label>Digest time</Label>
          <Input />
          <FieldError />
        </TextField>
      </fieldset>
      <fieldset>
        <legend>Quiet hours</legend>
        <Checkbox isSelected={quiet} onChange={setQuiet}>
          No email during quiet hours (it waits for the digest)
        </Checkbox>
        {quiet && (
          <div className="inline-fields">
            <TextField name="quietStart" type="time" isRequired defaultValue={quietHours.start}>
              <Label>From</Label>
              <Input />
              <FieldError />
            </TextField>
            <TextField name="quietEnd" type="time" isRequired defaultValue={quietHours.end}>
              <Label>Until</Label>
              <Input />
              <FieldError />
            </TextField>
          </div>
        )}
      </fieldset>
      {save.isError && <ProblemPanel error={save.error} />}
      {saved && !save.isError && <p role="status">Settings saved.</p>}
      <Button type="submit" isDisabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save settings'}
      </Button>
    </Form>
  );
}
