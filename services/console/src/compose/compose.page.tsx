import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import {
  Button,
  Form,
  Input,
  Label,
  Link,
  Radio,
  RadioGroup,
  TextField,
} from 'react-aria-components';
import { useOutletContext, useSearchParams } from 'react-router';
import { ProblemPanel } from '../app/problem-panel';
import type { Session } from '../session/session';
import { ChoiceSelect } from './choice-select';
import '../member/member-controls.css';
import './compose.css';
import { recipientsFor } from './compose-recipients';
import {
  ACTION_LABELS,
  CHANNEL_LABELS,
  CHANNELS_BY_KIND,
  COMPOSE_KINDS,
  type ComposeKind,
  guidedChannelOf,
  KIND_LABELS,
  submitDraft,
} from './compose-targets';
import { applySuggestion, checkGuidance, type GuidedDraft } from './guidance';
import { GuidanceFindings } from './guidance-findings';
import { GuidedTextArea } from './guided-text-area';
import { ThankYouDraftButton } from './thank-you-draft.button';
import { useDebouncedValue } from './use-debounced-value';

const isKind = (value: string | null): value is ComposeKind =>
  COMPOSE_KINDS.some((kind) => kind === value);

/** Compose: a request, follow-up or thank-you, checked against the guidance as it is written. */
export function ComposePage() {
  const session = useOutletContext<Session>();
  const [params] = useSearchParams();
  const initialKind = params.get('kind');
  const [kind, setKind] = useState<ComposeKind>(isKind(initialKind) ? initialKind : 'request');
  const [target, setTarget] = useState<string | null>(params.get('to'));
  const [channel, setChannel] = useState('email');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const findingsId = useId();

  const recipients = useQuery({
    queryKey: ['compose-recipients', session.personId, kind],
    queryFn: () => recipientsFor(session.personId, kind),
  });
  const draft: GuidedDraft = { channel: guidedChannelOf(channel), subject, body };
  const settled = useDebouncedValue(draft, 400);
  const guidance = useQuery({
    queryKey: ['guidance', settled],
    queryFn: () => checkGuidance(session, settled),
    enabled: settled.body.trim() !== '',
    staleTime: Infinity,
  });
  // Spans point into the text that was checked: shown only while the text is still that one.
  const current =
    settled.body === body && settled.subject === subject && settled.channel === draft.channel;
  const findings = current && guidance.isSuccess ? guidance.data.findings : [];
  let state: 'idle' | 'checking' | 'checked' | 'failed' = 'checked';
  if (body.trim() === '') state = 'idle';
  else if (!current || guidance.isFetching) state = 'checking';
  else if (guidance.isError) state = 'failed';

  const submit = useMutation({
    mutationFn: (to: string) => submitDraft(session, kind, to, channel, draft),
  });

  function chooseKind(next: string) {
    if (!isKind(next)) return;
    setKind(next);
    setTarget(null);
    setChannel('email');
    submit.reset();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (target) submit.mutate(target);
  }

  return (
    <section aria-labelledby="page-title" className="compose">
      <h1 id="page-title">Compose</h1>
      <Form className="compose-form" aria-labelledby="page-title" onSubmit={onSubmit}>
        <RadioGroup value={kind} onChange={chooseKind} className="react-aria-RadioGroup">
          <Label>What are you writing?</Label>
          {COMPOSE_KINDS.map((value) => (
            <Radio key={value} value={value}>
              {KIND_LABELS[value]}
            </Radio>
          ))}
        </RadioGroup>
        <div className="compose-options">
          {recipients.isPending && <p role="status">Loading whom you can write to…</p>}
          {recipients.isError && (
            <ProblemPanel error={recipients.error} retry={() => void recipients.refetch()} />
          )}
          {recipients.isSuccess && recipients.data.length === 0 && (
            <p className="empty">
              {kind === 'thank-you'
                ? 'No completed conversation is waiting for thanks.'
                : kind === 'follow-up'
                  ? 'No request is waiting for a reply.'
                  : 'No contacts yet: add one on Network first.'}
            </p>
          )}
          {recipients.isSuccess && recipients.data.length > 0 && (
            <ChoiceSelect
              label={kind === 'thank-you' ? 'Conversation' : 'To'}
              choices={recipients.data}
              selected={target}
              onSelect={setTarget}
              placeholder={kind === 'thank-you' ? 'Choose a conversation' : 'Choose a contact'}
            />
          )}
          <ChoiceSelect
            label="Channel"
            choices={CHANNELS_BY_KIND[kind].map((id) => ({ id, label: CHANNEL_LABELS[id] ?? id }))}
            selected={channel}
            onSelect={setChannel}
          />
        </div>
        {kind === 'thank-you' && target && (
          <ThankYouDraftButton
            session={session}
            interviewId={target}
            onDraft={(text) => {
              setSubject(text.subject);
              setBody(text.body);
            }}
          />
        )}
        {channel === 'email' && (
          <TextField value={subject} onChange={setSubject}>
            <Label>Subject</Label>
            <Input />
          </TextField>
        )}
        <GuidedTextArea
          label="Message"
          value={body}
          onChange={setBody}
          findings={findings}
          describedBy={findingsId}
        />
        {!target && recipients.isSuccess && recipients.data.length > 0 && (
          <p className="empty">Choose whom it is for before you send it.</p>
        )}
        {submit.isError && <ProblemPanel error={submit.error} />}
        {submit.isSuccess && (
          <p role="status">
            {kind === 'request' ? (
              <>
                Draft saved. It waits on <Link href="/today">Today</Link>, one click from sent.
              </>
            ) : (
              'Done: it is on the relationship’s timeline.'
            )}
          </p>
        )}
        <Button type="submit" isDisabled={!target || body.trim() === '' || submit.isPending}>
          {submit.isPending ? 'Saving…' : ACTION_LABELS[kind]}
        </Button>
      </Form>
      <GuidanceFindings
        id={findingsId}
        draft={draft}
        state={state}
        findings={findings}
        wordCount={guidance.data?.wordCount}
        onApply={(found) => {
          const next = applySuggestion(draft, found);
          setSubject(next.subject);
          setBody(next.body);
        }}
      />
    </section>
  );
}
