import { z } from 'zod';
import { v1Change, v1Path } from '../app/v1-client';
import { changeInterview } from '../interview/interviews';
import type { Session } from '../session/session';
import type { GuidedChannel, GuidedDraft } from './guidance';

/** What the member writes: the first request, a follow-up to it, or thanks after a conversation. */
export const COMPOSE_KINDS = ['request', 'follow-up', 'thank-you'] as const;
export type ComposeKind = (typeof COMPOSE_KINDS)[number];

export const KIND_LABELS: Readonly<Record<ComposeKind, string>> = {
  request: 'Request for a conversation',
  'follow-up': 'Follow-up',
  'thank-you': 'Thank-you',
};

/** Outreach's channels for requests and follow-ups; the interviews service's for thanks. */
export const CHANNELS_BY_KIND: Readonly<Record<ComposeKind, readonly string[]>> = {
  request: ['email', 'linkedin', 'text', 'phone', 'in-person'],
  'follow-up': ['email', 'linkedin', 'text', 'phone', 'in-person'],
  'thank-you': ['email', 'note', 'other'],
};

export const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  email: 'Email',
  linkedin: 'LinkedIn message',
  text: 'Text message',
  phone: 'Phone call script',
  'in-person': 'In person',
  note: 'Handwritten note',
  other: 'Another way',
};

/**
 * The channel the guidance checks a draft as. A handwritten or other thank-you has no length
 * budget or subject, which is how the guidance treats words said in person.
 */
export function guidedChannelOf(channel: string): GuidedChannel {
  switch (channel) {
    case 'email':
    case 'linkedin':
    case 'text':
    case 'phone':
    case 'in-person':
      return channel;
    default:
      return 'in-person';
  }
}

export const ACTION_LABELS: Readonly<Record<ComposeKind, string>> = {
  request: 'Save draft for Today',
  'follow-up': 'Send follow-up',
  'thank-you': 'Send thank-you',
};

/**
 * Where each kind goes: a request is kept as the draft Today offers to send; a follow-up and a
 * thank-you are sent (email through Rapport) or logged as done elsewhere.
 */
export function submitDraft(
  session: Session,
  kind: ComposeKind,
  target: string,
  channel: string,
  draft: GuidedDraft,
): Promise<unknown> {
  const subject = channel === 'email' && draft.subject.trim() !== '' ? draft.subject.trim() : null;
  const content = { channel, body: draft.body, ...(subject ? { subject } : {}) };
  const outreach = v1Path`/members/${session.personId}/outreach/${target}`;
  switch (kind) {
    case 'request':
      return v1Change(session, 'PUT', `${outreach}/draft`, content, z.unknown());
    case 'follow-up': {
      const delivery = channel === 'email' ? 'rapport' : 'logged';
      return v1Change(
        session,
        'POST',
        `${outreach}/follow-ups`,
        { ...content, delivery },
        z.unknown(),
      );
    }
    case 'thank-you':
      return changeInterview(session, target, 'thank-you', content);
    default: {
      const never: never = kind;
      return never;
    }
  }
}
