import type { DomainEvent } from '@rapport/eventstore';

export const CHANNELS = ['email', 'phone', 'linkedin', 'text', 'in-person'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Sent through Rapport (email only) or done by the member and logged here. */
export type Delivery = 'rapport' | 'logged';

export const RESPONSE_OUTCOMES = ['accepted', 'declined', 'referred', 'other'] as const;
export type ResponseOutcome = (typeof RESPONSE_OUTCOMES)[number];

/** The person a contact pointed the member to instead ("talk to X"). */
export interface ReferredPerson {
  readonly givenName: string;
  readonly familyName: string;
  readonly email?: string;
  readonly organisation?: string;
  readonly role?: string;
}

export interface MessageContent {
  readonly channel: Channel;
  readonly subject?: string;
  readonly body: string;
}

interface Ids {
  readonly memberId: string;
  readonly contactId: string;
}

export type OutreachDrafted = DomainEvent<
  'OutreachDrafted',
  Ids & { draft: MessageContent; at: string }
>;
export type OutreachSent = DomainEvent<
  'OutreachSent',
  Ids & {
    channel: Channel;
    delivery: Delivery;
    subject?: string;
    body?: string;
    /** Email through Rapport: the id of this message and the token that threads every reply. */
    messageId?: string;
    threadToken?: string;
    sentAt: string;
  }
>;
export type FollowUpDue = DomainEvent<
  'FollowUpDue',
  Ids & {
    sequence: number;
    dueAt: string;
    /** Workflow id + timer sequence: a retried activity raises nothing twice. */
    idempotencyKey: string;
    draft: MessageContent;
    /** 3B7: another contact at the same organisation worth asking meanwhile. */
    suggestedContactId?: string;
  }
>;
export type FollowUpSent = DomainEvent<
  'FollowUpSent',
  Ids & {
    sequence: number;
    channel: Channel;
    delivery: Delivery;
    subject?: string;
    body?: string;
    messageId?: string;
    inReplyTo?: string;
    sentAt: string;
  }
>;
export type ResponseReceived = DomainEvent<
  'ResponseReceived',
  Ids & {
    outcome: ResponseOutcome;
    note?: string;
    referredTo?: ReferredPerson;
    /** Who noticed: the member, or an email reply matched by its thread token. */
    recordedVia: 'member' | 'email-reply';
    receivedAt: string;
  }
>;
export type OutreachMarkedUnresponsive = DomainEvent<
  'OutreachMarkedUnresponsive',
  Ids & { followUpsSent: number; suggestion: string; at: string }
>;
export type OutreachClosed = DomainEvent<'OutreachClosed', Ids & { reason?: string; at: string }>;
export type OutreachReopened = DomainEvent<'OutreachReopened', Ids & { at: string }>;
export type AutoSendChanged = DomainEvent<'AutoSendChanged', Ids & { autoSend: boolean }>;

/** Every event of an Outreach stream: one per relationship (member × contact). */
export type OutreachEvent =
  | OutreachDrafted
  | OutreachSent
  | FollowUpDue
  | FollowUpSent
  | ResponseReceived
  | OutreachMarkedUnresponsive
  | OutreachClosed
  | OutreachReopened
  | AutoSendChanged;
