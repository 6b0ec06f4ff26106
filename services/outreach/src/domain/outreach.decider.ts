import { dataDifferences, type Decider } from '@rapport/eventstore';
import type { OutreachCommand } from './outreach.commands';
import type { OutreachEvent } from './outreach.events';
import { OutreachRejected } from './outreach-rejected';
import {
  autoSendOf,
  evolveOutreach,
  initialOutreachState,
  isSent,
  type OutreachState,
} from './outreach.state';

function refuseWhenClosed(state: OutreachState): void {
  if (state.status === 'closed') {
    throw new OutreachRejected('closed', 'this outreach is closed; reopen it first');
  }
}

/**
 * The rules of asking politely: no follow-up before a first send, nothing after close unless
 * reopened, and a response stops follow-ups. An answer recorded as `other` (a reply matched from
 * email) waits for the member to say what it was; a later email reply changes nothing. A follow-up due raised again (same sequence), or after
 * the contact replied, changes nothing: the workflow may race a reply and must not fail for it.
 */
export function decideOutreach(command: OutreachCommand, state: OutreachState): OutreachEvent[] {
  const ids = { memberId: command.memberId, contactId: command.contactId };
  const at = command.at.toISOString();
  switch (command.type) {
    case 'DraftOutreach':
      refuseWhenClosed(state);
      if (isSent(state))
        throw new OutreachRejected('already-sent', 'the request was sent; follow up instead');
      // The same draft again (a PUT repeated by a client that lost the answer) changes nothing,
      // so it answers as the first did, with the same version.
      if (state.status === 'drafted' && dataDifferences(command.draft, state.draft).length === 0)
        return [];
      return [{ type: 'OutreachDrafted', data: { ...ids, draft: command.draft, at } }];
    case 'SendOutreach': {
      refuseWhenClosed(state);
      if (isSent(state))
        throw new OutreachRejected(
          'already-sent',
          'the request was sent already; follow up instead',
        );
      const { channel, delivery, subject, body, messageId, threadToken } = command;
      return [
        {
          type: 'OutreachSent',
          data: {
            ...ids,
            channel,
            delivery,
            ...(subject ? { subject } : {}),
            ...(body ? { body } : {}),
            ...(messageId ? { messageId } : {}),
            ...(threadToken ? { threadToken } : {}),
            sentAt: at,
          },
        },
      ];
    }
    case 'RaiseFollowUpDue': {
      if (state.status === 'none' || state.status === 'drafted') {
        throw new OutreachRejected(
          'not-sent',
          'no follow-up can be due before the first request is sent',
        );
      }
      if (state.status !== 'awaiting-reply' && state.status !== 'follow-up-due') return [];
      if (command.sequence <= state.dueSequence) return [];
      const { sequence, idempotencyKey, draft, suggestedContactId } = command;
      return [
        {
          type: 'FollowUpDue',
          data: {
            ...ids,
            sequence,
            dueAt: at,
            idempotencyKey,
            draft,
            ...(suggestedContactId ? { suggestedContactId } : {}),
          },
        },
      ];
    }
    case 'SendFollowUp': {
      refuseWhenClosed(state);
      if (!isSent(state))
        throw new OutreachRejected('not-sent', 'send the first request before following up');
      if (state.status === 'responded') {
        throw new OutreachRejected(
          'responded',
          'the contact already replied; no follow-up is needed',
        );
      }
      const { channel, delivery, subject, body, messageId } = command;
      const inReplyTo = state.messageIds.at(-1);
      return [
        {
          type: 'FollowUpSent',
          data: {
            ...ids,
            sequence: state.followUpsSent + 1,
            channel,
            delivery,
            ...(subject ? { subject } : {}),
            ...(body ? { body } : {}),
            ...(messageId ? { messageId } : {}),
            ...(inReplyTo && messageId ? { inReplyTo } : {}),
            sentAt: at,
          },
        },
      ];
    }
    case 'RecordResponse': {
      refuseWhenClosed(state);
      if (!isSent(state))
        throw new OutreachRejected('not-sent', 'a response needs a request sent first');
      if (state.status === 'responded' && state.outcome === command.outcome) return [];
      // A reply matched from email only says the contact answered: once the outreach has an
      // answer (perhaps classified by the member already), another email changes nothing.
      if (state.status === 'responded' && command.recordedVia === 'email-reply') return [];
      const { outcome, note, referredTo, recordedVia } = command;
      return [
        {
          type: 'ResponseReceived',
          data: {
            ...ids,
            outcome,
            ...(note ? { note } : {}),
            ...(referredTo ? { referredTo } : {}),
            recordedVia,
            receivedAt: at,
          },
        },
      ];
    }
    case 'MarkUnresponsive':
      if (state.status === 'unresponsive') return [];
      if (state.status !== 'awaiting-reply' && state.status !== 'follow-up-due') {
        throw new OutreachRejected(
          'not-awaiting',
          'only an outreach awaiting a reply can become unresponsive',
        );
      }
      return [
        {
          type: 'OutreachMarkedUnresponsive',
          data: { ...ids, followUpsSent: state.followUpsSent, suggestion: command.suggestion, at },
        },
      ];
    case 'CloseOutreach':
      if (state.status === 'closed') return [];
      if (state.status === 'none')
        throw new OutreachRejected('not-found', 'there is no outreach to close');
      return [
        {
          type: 'OutreachClosed',
          data: { ...ids, ...(command.reason ? { reason: command.reason } : {}), at },
        },
      ];
    case 'ReopenOutreach':
      if (state.status !== 'closed') return [];
      return [{ type: 'OutreachReopened', data: { ...ids, at } }];
    case 'SetAutoSend': {
      if (autoSendOf(state) === command.autoSend) return [];
      return [{ type: 'AutoSendChanged', data: { ...ids, autoSend: command.autoSend } }];
    }
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

export const outreachDecider: Decider<OutreachCommand, OutreachEvent, OutreachState> = {
  initialState: initialOutreachState,
  decide: decideOutreach,
  evolve: evolveOutreach,
};

/** One stream per relationship (member × contact), named inside the tenant. */
export function outreachStreamId(memberId: string, contactId: string): string {
  return `outreach:${memberId}:${contactId}`;
}

/** The relationship's id across contexts (the workflow id is `rel:<tenant>:<relationship id>`). */
export function relationshipId(memberId: string, contactId: string): string {
  return `${memberId}:${contactId}`;
}
