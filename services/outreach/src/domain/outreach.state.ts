import type { Channel, MessageContent, OutreachEvent, ResponseOutcome } from './outreach.events';

interface Common {
  readonly memberId: string;
  readonly contactId: string;
  readonly autoSend: boolean;
  readonly draft?: MessageContent;
}

interface Sent extends Common {
  readonly channel: Channel;
  readonly subject?: string;
  readonly firstSentAt: string;
  readonly lastSentAt: string;
  readonly threadToken?: string;
  /** Message ids through Rapport, oldest first: a follow-up replies to the whole thread. */
  readonly messageIds: readonly string[];
  readonly followUpsSent: number;
  /** Highest follow-up sequence raised so far; a lower or equal one is a repeat. */
  readonly dueSequence: number;
  readonly pendingDue?: {
    sequence: number;
    dueAt: string;
    draft: MessageContent;
    suggestedContactId?: string;
  };
}

export type OpenOutreachState =
  | ({ readonly status: 'drafted' } & Common)
  | ({ readonly status: 'awaiting-reply' } & Sent)
  | ({ readonly status: 'follow-up-due' } & Sent)
  | ({
      readonly status: 'responded';
      readonly outcome: ResponseOutcome;
      readonly respondedAt: string;
    } & Sent)
  | ({ readonly status: 'unresponsive'; readonly suggestion: string } & Sent);

/** Where a relationship's outreach stands; `closed` remembers what it was, for a reopen. */
export type OutreachState =
  | { readonly status: 'none'; readonly autoSend: boolean }
  | OpenOutreachState
  | {
      readonly status: 'closed';
      readonly reason?: string;
      readonly closedAt: string;
      readonly before: OpenOutreachState;
    };

export const initialOutreachState: OutreachState = { status: 'none', autoSend: false };

type SentState = Extract<
  OutreachState,
  { status: 'awaiting-reply' | 'follow-up-due' | 'responded' | 'unresponsive' }
>;

export function isSent(state: OutreachState): state is SentState {
  return ['awaiting-reply', 'follow-up-due', 'responded', 'unresponsive'].includes(state.status);
}

export function autoSendOf(state: OutreachState): boolean {
  return state.status === 'closed' ? state.before.autoSend : state.autoSend;
}

export function evolveOutreach(state: OutreachState, event: OutreachEvent): OutreachState {
  const { memberId, contactId } = event.data;
  switch (event.type) {
    case 'AutoSendChanged':
      return state.status === 'closed'
        ? { ...state, before: { ...state.before, autoSend: event.data.autoSend } }
        : { ...state, autoSend: event.data.autoSend };
    case 'OutreachDrafted':
      return {
        status: 'drafted',
        memberId,
        contactId,
        autoSend: autoSendOf(state),
        draft: event.data.draft,
      };
    case 'OutreachSent': {
      const { channel, subject, sentAt, threadToken, messageId } = event.data;
      return {
        status: 'awaiting-reply',
        memberId,
        contactId,
        autoSend: autoSendOf(state),
        channel,
        ...(subject ? { subject } : {}),
        firstSentAt: sentAt,
        lastSentAt: sentAt,
        ...(threadToken ? { threadToken } : {}),
        messageIds: messageId ? [messageId] : [],
        followUpsSent: 0,
        dueSequence: 0,
      };
    }
    case 'FollowUpDue': {
      if (!isSent(state)) return state;
      const { sequence, dueAt, draft, suggestedContactId } = event.data;
      const pendingDue = {
        sequence,
        dueAt,
        draft,
        ...(suggestedContactId ? { suggestedContactId } : {}),
      };
      return { ...state, status: 'follow-up-due', dueSequence: sequence, pendingDue };
    }
    case 'FollowUpSent': {
      if (!isSent(state)) return state;
      const { pendingDue: _done, ...rest } = state;
      void _done;
      const messageIds = event.data.messageId
        ? [...state.messageIds, event.data.messageId]
        : state.messageIds;
      return {
        ...rest,
        status: 'awaiting-reply',
        followUpsSent: event.data.sequence,
        lastSentAt: event.data.sentAt,
        messageIds,
      };
    }
    case 'ResponseReceived': {
      if (!isSent(state)) return state;
      const { pendingDue: _stopped, ...rest } = state;
      void _stopped;
      return {
        ...rest,
        status: 'responded',
        outcome: event.data.outcome,
        respondedAt: event.data.receivedAt,
      };
    }
    case 'OutreachMarkedUnresponsive': {
      if (!isSent(state)) return state;
      const { pendingDue: _stopped, ...rest } = state;
      void _stopped;
      return { ...rest, status: 'unresponsive', suggestion: event.data.suggestion };
    }
    case 'OutreachClosed':
      if (state.status === 'none' || state.status === 'closed') return state;
      return {
        status: 'closed',
        ...(event.data.reason ? { reason: event.data.reason } : {}),
        closedAt: event.data.at,
        before: state,
      };
    case 'OutreachReopened':
      return state.status === 'closed' ? state.before : state;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
