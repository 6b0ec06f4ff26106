import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { ProblemError } from '../app/problem';
import { ProblemPanel } from '../app/problem-panel';
import { ChoiceSelect } from '../compose/choice-select';
import type { ContactListItem } from '../network/contacts';
import { contactName } from '../network/contacts';
import type { Session } from '../session/session';
import { BROWSER_TIME_ZONE, TimeZoneField } from '../settings/time-zone-field';
import { FORMAT_LABELS, FORMATS, scheduleInterview } from './interviews';
import { startsAtOf } from './slot';

interface ScheduleInterviewFormProps {
  readonly session: Session;
  readonly contacts: readonly ContactListItem[];
  readonly preselected?: string;
  /** The member's own name and address for the invitation, from their settings when saved. */
  readonly organizer: { readonly name: string; readonly email: string };
}

/** Schedules a conversation; the service answers with the interview, whose page opens next. */
export function ScheduleInterviewForm(props: ScheduleInterviewFormProps) {
  const { session, contacts, organizer } = props;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [contactId, setContactId] = useState<string | null>(props.preselected ?? null);
  const [format, setFormat] = useState<string>('video');
  const [timeZone, setTimeZone] = useState(BROWSER_TIME_ZONE);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const schedule = useMutation({
    mutationFn: (input: Parameters<typeof scheduleInterview>[1]) =>
      scheduleInterview(session, input),
    onSuccess: async (interview) => {
      await queryClient.invalidateQueries({ queryKey: ['interviews', session.personId] });
      void navigate(`/interviews/${interview.interviewId}`);
    },
  });
  const contact = contacts.find((item) => item.contactId === contactId);
  const serverErrors = schedule.error instanceof ProblemError ? schedule.error.fieldErrors : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const startsAt = startsAtOf(text('date'), text('time'), timeZone);
    const errors: Record<string, string> = {};
    if (!contact) errors['contact'] = 'Choose whom you will talk to.';
    if (!startsAt) errors['date'] = 'Give the day and the time.';
    setClientErrors(errors);
    if (!contact || !startsAt) return;
    const location = text('location');
    schedule.mutate({
      contactId: contact.contactId,
      startsAt,
      timeZone,
      durationMinutes: Number(text('durationMinutes')) || 20,
      format: FORMATS.find((value) => value === format) ?? 'video',
      ...(location ? { location } : {}),
      organizer: { name: text('organizerName'), email: text('organizerEmail') },
      attendee: { name: contactName(contact), email: text('attendeeEmail') },
    });
  }

  return (
    <Form
      className="schedule-form"
      aria-labelledby="schedule-title"
      validationErrors={{ ...serverErrors, ...clientErrors }}
      onSubmit={submit}
    >
      <h2 id="schedule-title">Schedule a conversation</h2>
      <ChoiceSelect
        label="With"
        placeholder="Choose a contact"
        choices={contacts.map((item) => ({ id: item.contactId, label: contactName(item) }))}
        selected={contactId}
        onSelect={setContactId}
      />
      {clientErrors['contact'] && <p className="field-problem">{clientErrors['contact']}</p>}
      <TextField
        name="attendeeEmail"
        type="email"
        isRequired
        key={contact?.contactId ?? 'none'}
        defaultValue={contact?.email ?? ''}
      >
        <Label>Their email (the invitation goes there)</Label>
        <Input />
        <FieldError />
      </TextField>
      <div className="schedule-when">
        <TextField name="date" type="date" isRequired>
          <Label>Day</Label>
          <Input />
          <FieldError />
        </TextField>
        <TextField name="time" type="time" isRequired>
          <Label>Time</Label>
          <Input />
          <FieldError />
        </TextField>
        <TextField name="durationMinutes" type="number" defaultValue="20">
          <Label>Minutes</Label>
          <Input min={5} max={240} />
          <FieldError />
        </TextField>
      </div>
      <TimeZoneField
        label="Time zone of the day and time"
        value={timeZone}
        onChange={setTimeZone}
      />
      <ChoiceSelect
        label="How"
        choices={FORMATS.map((id) => ({ id, label: FORMAT_LABELS[id] }))}
        selected={format}
        onSelect={setFormat}
      />
      <TextField name="location">
        <Label>Where (a video link, phone number or address)</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="organizerName" isRequired defaultValue={organizer.name}>
        <Label>Your name</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="organizerEmail" type="email" isRequired defaultValue={organizer.email}>
        <Label>Your email</Label>
        <Input />
        <FieldError />
      </TextField>
      {schedule.isError && <ProblemPanel error={schedule.error} />}
      <Button type="submit" isDisabled={schedule.isPending}>
        {schedule.isPending ? 'Scheduling…' : 'Schedule'}
      </Button>
    </Form>
  );
}
