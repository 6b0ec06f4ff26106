/**
 * What notifications knows how to tell, to whom. Member-facing items remind the member of an
 * action; contact-facing mail is the member's own outreach, sent on their behalf in one thread.
 */
export const MEMBER_NOTIFICATION_KINDS = [
  'follow-up-due',
  'second-contact',
  'interview-reminder',
  'thank-you-due',
  'keep-in-touch-due',
] as const;

export type MemberNotificationKind = (typeof MEMBER_NOTIFICATION_KINDS)[number];
export type NotificationKind =
  | MemberNotificationKind
  | 'outreach-email'
  | 'digest'
  | 'interview-invitation'
  | 'thank-you-email'
  | 'calendar-reply';

/** Where an email stands. `held` waits for the morning digest (the member's quiet hours). */
export type EmailStatus = 'pending' | 'sent' | 'failed' | 'suppressed' | 'skipped' | 'held';

export interface RelationshipRef {
  readonly memberId: string;
  readonly contactId: string;
  readonly relationshipId: string;
}

/** A member-facing item, as the due events describe it (times in epoch ms). */
export type MemberItem = RelationshipRef & { readonly dueAt: number } & (
    | {
        readonly kind: 'follow-up-due';
        readonly sequence: number;
        readonly suggestedContactId?: string;
      }
    | { readonly kind: 'second-contact' }
    | {
        readonly kind: 'interview-reminder';
        readonly hoursBefore: number;
        readonly interviewAt: number;
      }
    | {
        readonly kind: 'thank-you-due';
        readonly overdue: boolean;
        readonly interviewCompletedAt: number;
      }
    | { readonly kind: 'keep-in-touch-due'; readonly cycle: number; readonly lastTouchAt?: number }
  );

/** One email of an outreach thread, as outreach asked for it. */
export interface OutreachEmail extends RelationshipRef {
  readonly messageId: string;
  readonly threadToken: string;
  readonly kind: 'request' | 'follow-up';
  readonly followUpSequence: number;
  readonly to: { readonly email: string; readonly name: string };
  readonly replyTo: { readonly email: string; readonly name: string };
  readonly subject: string;
  readonly bodyText: string;
  readonly inReplyTo?: string;
  readonly references: readonly string[];
}
