import { deciderSpec } from '@rapport/testing';
import type { OutreachCommand } from './outreach.commands';
import { decideOutreach } from './outreach.decider';
import type { OutreachEvent } from './outreach.events';
import type { OutreachRejection } from './outreach-rejected';
import { OutreachRejected } from './outreach-rejected';
import { evolveOutreach, initialOutreachState, type OutreachState } from './outreach.state';

const at = new Date('2026-03-02T09:00:00Z');
const ids = { memberId: 'm-1', contactId: 'c-1' };
const base = { ...ids, at };
const draft = {
  channel: 'email' as const,
  subject: 'Advice on a career in hydrology',
  body: 'Dear Dr Lee, …',
};

const drafted: OutreachEvent = {
  type: 'OutreachDrafted',
  data: { ...ids, draft, at: at.toISOString() },
};
const sent: OutreachEvent = {
  type: 'OutreachSent',
  data: {
    ...ids,
    channel: 'email',
    delivery: 'rapport',
    subject: draft.subject,
    body: draft.body,
    messageId: 'msg-1',
    threadToken: 'tok-1',
    sentAt: at.toISOString(),
  },
};
const due1: OutreachEvent = {
  type: 'FollowUpDue',
  data: { ...ids, sequence: 1, dueAt: at.toISOString(), idempotencyKey: 'rel:t:m-1:c-1/1', draft },
};
const followed1: OutreachEvent = {
  type: 'FollowUpSent',
  data: {
    ...ids,
    sequence: 1,
    channel: 'email',
    delivery: 'rapport',
    messageId: 'msg-2',
    inReplyTo: 'msg-1',
    sentAt: at.toISOString(),
  },
};
const replied: OutreachEvent = {
  type: 'ResponseReceived',
  data: { ...ids, outcome: 'accepted', recordedVia: 'member', receivedAt: at.toISOString() },
};
const closed: OutreachEvent = { type: 'OutreachClosed', data: { ...ids, at: at.toISOString() } };

/** given (events so far) → when (command) → then (events, or the rejection reason). */
const given = deciderSpec<OutreachCommand, OutreachEvent, OutreachState, OutreachRejection>(
  { decide: decideOutreach, evolve: evolveOutreach, initialState: initialOutreachState },
  OutreachRejected,
);

const raise = (sequence: number): OutreachCommand => ({
  type: 'RaiseFollowUpDue',
  ...base,
  sequence,
  idempotencyKey: `rel:t:m-1:c-1/${sequence}`,
  draft,
});
const sendFollowUp: OutreachCommand = {
  type: 'SendFollowUp',
  ...base,
  channel: 'email',
  delivery: 'rapport',
  messageId: 'msg-2',
};
const respond: OutreachCommand = {
  type: 'RecordResponse',
  ...base,
  outcome: 'accepted',
  recordedVia: 'member',
};

describe('outreach decider', () => {
  describe('draft and first send', () => {
    it('drafts', () =>
      given([])
        .when({ type: 'DraftOutreach', ...base, draft })
        .then([drafted]));
    it('records nothing for the same draft again, and a changed draft anew', () => {
      given([drafted])
        .when({ type: 'DraftOutreach', ...base, draft: { ...draft } })
        .then([]);
      const changed = { ...draft, body: `${draft.body} (edited)` };
      given([drafted])
        .when({ type: 'DraftOutreach', ...base, draft: changed })
        .then([
          { type: 'OutreachDrafted', data: { ...ids, draft: changed, at: at.toISOString() } },
        ]);
    });
    it('sends the request through Rapport with its thread token', () =>
      given([drafted])
        .when({
          type: 'SendOutreach',
          ...base,
          channel: 'email',
          delivery: 'rapport',
          subject: draft.subject,
          body: draft.body,
          messageId: 'msg-1',
          threadToken: 'tok-1',
        })
        .then([sent]));
    it('logs a phone request the member made', () =>
      given([])
        .when({ type: 'SendOutreach', ...base, channel: 'phone', delivery: 'logged' })
        .then([
          {
            type: 'OutreachSent',
            data: { ...ids, channel: 'phone', delivery: 'logged', sentAt: at.toISOString() },
          },
        ]));
    it('refuses a second first send', () =>
      given([sent])
        .when({ type: 'SendOutreach', ...base, channel: 'email', delivery: 'logged' })
        .rejects('already-sent'));
    it('refuses a new draft once sent', () =>
      given([sent])
        .when({ type: 'DraftOutreach', ...base, draft })
        .rejects('already-sent'));
  });

  describe('follow-ups', () => {
    it('refuses a follow-up due before the first send', () =>
      given([drafted]).when(raise(1)).rejects('not-sent'));
    it('raises the first follow-up due', () => given([sent]).when(raise(1)).then([due1]));
    it('ignores the same due raised twice (a retried activity)', () =>
      given([sent, due1]).when(raise(1)).then([]));
    it('ignores a due raised after the contact replied', () =>
      given([sent, replied]).when(raise(1)).then([]));
    it('ignores a due raised after close', () => given([sent, closed]).when(raise(1)).then([]));
    it('sends a follow-up in the same thread', () =>
      given([sent, due1]).when(sendFollowUp).then([followed1]));
    it('numbers follow-ups in order', () =>
      given([sent, due1, followed1])
        .when({ ...sendFollowUp, messageId: 'msg-3' })
        .then([
          {
            type: 'FollowUpSent',
            data: {
              ...ids,
              sequence: 2,
              channel: 'email',
              delivery: 'rapport',
              messageId: 'msg-3',
              inReplyTo: 'msg-2',
              sentAt: at.toISOString(),
            },
          },
        ]));
    it('refuses a follow-up before a first send', () =>
      given([drafted]).when(sendFollowUp).rejects('not-sent'));
    it('refuses a follow-up after a reply', () =>
      given([sent, replied]).when(sendFollowUp).rejects('responded'));
    it('refuses a follow-up after close', () =>
      given([sent, closed]).when(sendFollowUp).rejects('closed'));
  });

  describe('responses', () => {
    it('records a response and stops the pending follow-up', () => {
      given([sent, due1]).when(respond).then([replied]);
      expect(given([sent, due1, replied]).state).not.toHaveProperty('pendingDue');
    });
    it('records a referral with the person', () =>
      given([sent])
        .when({
          ...respond,
          outcome: 'referred',
          referredTo: { givenName: 'Sam', familyName: 'Ng', organisation: 'Rivers Ltd' },
        })
        .then([
          {
            type: 'ResponseReceived',
            data: {
              ...ids,
              outcome: 'referred',
              referredTo: { givenName: 'Sam', familyName: 'Ng', organisation: 'Rivers Ltd' },
              recordedVia: 'member',
              receivedAt: at.toISOString(),
            },
          },
        ]));
    it('the same response twice is one', () => given([sent, replied]).when(respond).then([]));
    it('refuses a response before anything was sent', () =>
      given([drafted]).when(respond).rejects('not-sent'));
    it('refuses a response after close', () =>
      given([sent, closed]).when(respond).rejects('closed'));
  });

  describe('replies matched from email', () => {
    const emailReply: OutreachCommand = {
      type: 'RecordResponse',
      ...base,
      outcome: 'other',
      recordedVia: 'email-reply',
    };
    const answered: OutreachEvent = {
      type: 'ResponseReceived',
      data: { ...ids, outcome: 'other', recordedVia: 'email-reply', receivedAt: at.toISOString() },
    };
    it('records the answer as other and stops the pending follow-up', () => {
      given([sent, due1]).when(emailReply).then([answered]);
      expect(given([sent, due1, answered]).state).toMatchObject({
        status: 'responded',
        outcome: 'other',
      });
    });
    it('records a reply that comes after the outreach was marked unresponsive', () =>
      given([
        sent,
        {
          type: 'OutreachMarkedUnresponsive',
          data: { ...ids, followUpsSent: 0, suggestion: 's', at: at.toISOString() },
        },
      ])
        .when(emailReply)
        .then([answered]));
    it('records nothing for a second reply', () =>
      given([sent, answered]).when(emailReply).then([]));
    it('never overwrites the member’s classification with a later reply', () =>
      given([sent, answered, replied]).when(emailReply).then([]));
    it('lets the member classify the answer afterwards', () =>
      given([sent, answered]).when(respond).then([replied]));
    it('refuses a reply to an outreach never sent, or closed', () => {
      given([]).when(emailReply).rejects('not-sent');
      given([sent, closed]).when(emailReply).rejects('closed');
    });
  });

  describe('unresponsive, close, reopen, auto-send', () => {
    const unresponsive: OutreachCommand = {
      type: 'MarkUnresponsive',
      ...base,
      suggestion: 'try a second contact',
    };
    it('marks an unanswered outreach unresponsive', () =>
      given([sent, due1, followed1])
        .when(unresponsive)
        .then([
          {
            type: 'OutreachMarkedUnresponsive',
            data: {
              ...ids,
              followUpsSent: 1,
              suggestion: 'try a second contact',
              at: at.toISOString(),
            },
          },
        ]));
    it('refuses unresponsive after a reply', () =>
      given([sent, replied]).when(unresponsive).rejects('not-awaiting'));
    it('closes and reopens where it was', () => {
      given([sent, due1])
        .when({ type: 'CloseOutreach', ...base })
        .then([closed]);
      const reopened: OutreachEvent = {
        type: 'OutreachReopened',
        data: { ...ids, at: at.toISOString() },
      };
      given([sent, due1, closed])
        .when({ type: 'ReopenOutreach', ...base })
        .then([reopened]);
      expect(given([sent, due1, closed, reopened]).state).toEqual(given([sent, due1]).state);
    });
    it('closing twice or reopening an open outreach changes nothing', () => {
      given([sent, closed])
        .when({ type: 'CloseOutreach', ...base })
        .then([]);
      given([sent])
        .when({ type: 'ReopenOutreach', ...base })
        .then([]);
    });
    it('refuses to close what never started', () =>
      given([])
        .when({ type: 'CloseOutreach', ...base })
        .rejects('not-found'));
    it('switches auto-send once', () => {
      const on: OutreachEvent = { type: 'AutoSendChanged', data: { ...ids, autoSend: true } };
      given([sent])
        .when({ type: 'SetAutoSend', ...base, autoSend: true })
        .then([on]);
      given([sent, on])
        .when({ type: 'SetAutoSend', ...base, autoSend: true })
        .then([]);
      expect(given([on, sent]).state).toMatchObject({ status: 'awaiting-reply', autoSend: true });
    });
  });
});
