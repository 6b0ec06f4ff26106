import { type FormEvent, useState } from 'react';
import { Button, Checkbox, Form, Input, Label, TextArea, TextField } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { changeInterview, type Commitment, type Interview } from './interviews';
import { useInterviewChange } from './use-interview-change';
import { useSessionDraft } from './use-session-draft';

interface Referral {
  readonly referralId: string;
  readonly name: string;
  readonly email?: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * During and right after the conversation: notes as it goes, the advice heard, what the member
 * promised, and the three closing asks (LinkedIn, keeping in touch, whom else to talk to).
 * Completing sends it all at once; until then the notes live in this tab only.
 */
export function ConversationForm({
  session,
  interview,
}: {
  session: Session;
  interview: Interview;
}) {
  const { interviewId } = interview;
  const [notes, setNotes, clearNotes] = useSessionDraft(
    `rapport.notes.${session.personId}.${interviewId}`,
  );
  const [advice, setAdvice] = useState('');
  const [commitments, setCommitments] = useState<Commitment[]>([]);
  const [promise, setPromise] = useState('');
  const [due, setDue] = useState('');
  const [linkedin, setLinkedin] = useState(false);
  const [keepInTouch, setKeepInTouch] = useState(false);
  const [referrals, setReferrals] = useState<Referral[]>([]);
  const [referralName, setReferralName] = useState('');
  const [referralEmail, setReferralEmail] = useState('');
  const complete = useInterviewChange(session.personId, interviewId, () =>
    changeInterview(session, interviewId, 'complete', {
      notes,
      adviceItems: lines(advice),
      commitments,
      closingAsks: { linkedin, keepInTouch, referrals },
    }),
  );

  function addCommitment() {
    if (promise.trim() === '' || due === '') return;
    setCommitments([...commitments, { id: crypto.randomUUID(), text: promise.trim(), due }]);
    setPromise('');
    setDue('');
  }

  function addReferral() {
    if (referralName.trim() === '') return;
    const email = referralEmail.trim();
    const referral = {
      referralId: crypto.randomUUID(),
      name: referralName.trim(),
      ...(email ? { email } : {}),
    };
    setReferrals([...referrals, referral]);
    setReferralName('');
    setReferralEmail('');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    complete.mutate(undefined, { onSuccess: clearNotes });
  }

  return (
    <Form className="conversation" aria-labelledby="conversation-title" onSubmit={submit}>
      <h2 id="conversation-title">The conversation</h2>
      <TextField value={notes} onChange={setNotes}>
        <Label>Notes (kept in this tab until you complete)</Label>
        <TextArea rows={6} />
      </TextField>
      <TextField value={advice} onChange={setAdvice}>
        <Label>Advice you heard, one per line</Label>
        <TextArea rows={3} />
      </TextField>

      <fieldset>
        <legend>What you promised</legend>
        {commitments.length > 0 && (
          <ul aria-label="Your commitments">
            {commitments.map((item) => (
              <li key={item.id}>
                {item.text}, by {item.due}{' '}
                <Button
                  className="secondary"
                  aria-label={`Remove commitment: ${item.text}`}
                  onPress={() => setCommitments(commitments.filter((c) => c.id !== item.id))}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="inline-fields">
          <TextField value={promise} onChange={setPromise}>
            <Label>Commitment</Label>
            <Input />
          </TextField>
          <TextField value={due} onChange={setDue} type="date">
            <Label>Due</Label>
            <Input />
          </TextField>
          <Button onPress={addCommitment} isDisabled={promise.trim() === '' || due === ''}>
            Add commitment
          </Button>
        </div>
      </fieldset>

      <fieldset>
        <legend>Closing asks</legend>
        <Checkbox isSelected={linkedin} onChange={setLinkedin}>
          They agreed to connect on LinkedIn
        </Checkbox>
        <Checkbox isSelected={keepInTouch} onChange={setKeepInTouch}>
          They are happy for me to keep in touch
        </Checkbox>
        {referrals.length > 0 && (
          <ul aria-label="People they suggested">
            {referrals.map((item) => (
              <li key={item.referralId}>
                {item.name}
                {item.email ? ` (${item.email})` : ''}
              </li>
            ))}
          </ul>
        )}
        <div className="inline-fields">
          <TextField value={referralName} onChange={setReferralName}>
            <Label>Someone else to talk to</Label>
            <Input />
          </TextField>
          <TextField value={referralEmail} onChange={setReferralEmail} type="email">
            <Label>Their email, if given</Label>
            <Input />
          </TextField>
          <Button onPress={addReferral} isDisabled={referralName.trim() === ''}>
            Add person
          </Button>
        </div>
      </fieldset>
      {complete.isError && <ProblemPanel error={complete.error} />}
      <Button type="submit" isDisabled={complete.isPending}>
        {complete.isPending ? 'Saving…' : 'Complete the conversation'}
      </Button>
    </Form>
  );
}
