import type { DomainEvent } from '@rapport/eventstore';

export const FORMATS = ['in_person', 'phone', 'video'] as const;
export type InterviewFormat = (typeof FORMATS)[number];

export const PARTSTATS = ['accepted', 'declined', 'tentative'] as const;
export type Partstat = (typeof PARTSTATS)[number];

export const THANK_YOU_CHANNELS = ['email', 'note', 'other'] as const;
export type ThankYouChannel = (typeof THANK_YOU_CHANNELS)[number];

/** What a keep-in-touch contact was about, as the proto's TouchKind names them. */
export const TOUCH_KINDS = [
  'shared_article',
  'congratulated',
  'reported_results',
  'asked_question',
  'offered_help',
  'met',
  'other',
] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

/** When and how the conversation takes place; `startsAt` is an ISO instant (UTC). */
export interface Slot {
  readonly startsAt: string;
  readonly durationMinutes: number;
  /** IANA zone the member agreed the time in; the instant above does not depend on it. */
  readonly timeZone: string;
  readonly format: InterviewFormat;
  /** An address, a phone number or a video link. */
  readonly location?: string;
}

export interface PlannedQuestion {
  readonly id: string;
  readonly text: string;
  readonly theme: string;
  readonly source: 'bank' | 'custom';
  readonly asked: boolean;
}

/** The questions in the order the member will ask them, and the rest of their preparation. */
export interface QuestionPlan {
  readonly questions: readonly PlannedQuestion[];
  /** A short introduction of the member, to open the conversation. */
  readonly introduction?: string;
  readonly agenda?: string;
  /** What the member found out about the person and their organisation beforehand. */
  readonly researchNotes?: string;
}

export interface Commitment {
  readonly id: string;
  readonly text: string;
  /** A calendar date (YYYY-MM-DD) in the member's zone. */
  readonly due: string;
}

export interface Referral {
  readonly referralId: string;
  readonly name: string;
  readonly email?: string;
  readonly organisation?: string;
  readonly role?: string;
  readonly note?: string;
}

/** The three closing asks: LinkedIn, keeping in touch, and who else to talk to (the referrals). */
export interface ClosingAsks {
  readonly linkedin: boolean;
  readonly keepInTouch: boolean;
  readonly referrals: readonly Referral[];
}

export interface Conversation {
  readonly notes: string;
  readonly adviceItems: readonly string[];
  readonly commitments: readonly Commitment[];
  readonly closingAsks: ClosingAsks;
}

interface Ids {
  readonly memberId: string;
  readonly contactId: string;
  readonly interviewId: string;
}

/** `fingerprint`: a digest of the creating request, so a repeat is told from a different one. */
export type InterviewScheduled = DomainEvent<
  'InterviewScheduled',
  Ids & Slot & { sequence: number; fingerprint: string; at: string }
>;
export type InterviewRescheduled = DomainEvent<
  'InterviewRescheduled',
  Ids & Slot & { sequence: number; at: string }
>;
export type InterviewCancelled = DomainEvent<
  'InterviewCancelled',
  Ids & { reason?: string; sequence: number; at: string }
>;
export type QuestionPlanPrepared = DomainEvent<
  'QuestionPlanPrepared',
  Ids & QuestionPlan & { at: string }
>;
export type QuestionPlanChanged = DomainEvent<
  'QuestionPlanChanged',
  Ids & QuestionPlan & { at: string }
>;
export type InvitationReplyRecorded = DomainEvent<
  'InvitationReplyRecorded',
  Ids & { partstat: Partstat; sequence: number; at: string }
>;
export type InterviewCompleted = DomainEvent<
  'InterviewCompleted',
  Ids & Conversation & { fingerprint: string; completedAt: string }
>;
export type ThankYouDrafted = DomainEvent<
  'ThankYouDrafted',
  Ids & { subject: string; body: string; at: string }
>;
export type ThankYouSent = DomainEvent<
  'ThankYouSent',
  Ids & { channel: ThankYouChannel; subject?: string; body?: string; sentAt: string }
>;
export type CommitmentFulfilled = DomainEvent<
  'CommitmentFulfilled',
  Ids & { commitmentId: string; at: string }
>;
export type TouchLogged = DomainEvent<
  'TouchLogged',
  Ids & { touchId: string; kind: TouchKind; note?: string; fingerprint: string; touchedAt: string }
>;

/** Everything that happens to one interview, the one stream per conversation. */
export type InterviewEvent =
  | InterviewScheduled
  | InterviewRescheduled
  | InterviewCancelled
  | QuestionPlanPrepared
  | QuestionPlanChanged
  | InvitationReplyRecorded
  | InterviewCompleted
  | ThankYouDrafted
  | ThankYouSent
  | CommitmentFulfilled
  | TouchLogged;
