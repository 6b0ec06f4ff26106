// The activity contract of the relationship workflow. The workflow imports these as types only;
// the worker binds them to implementations (see relationship-activities.factory.ts).
import type { PolicyOverride } from '../workflows/policy';

export interface DueItem {
  /** Workflow id + timer sequence: the owning context raises nothing twice for the same key. */
  idempotencyKey: string;
  tenantId: string;
  relationshipId: string;
  memberId: string;
  contactId: string;
  /** When the item fell due on the workflow clock (epoch ms). */
  dueAt: number;
}

export interface FollowUpDueItem extends DueItem {
  sequence: number;
  mode: 'standard' | '3b7';
}

export interface UnresponsiveItem extends DueItem {
  suggestion: string;
}

export interface InterviewReminderItem extends DueItem {
  interviewAt: number;
  hoursBefore: number;
}

export interface ThankYouItem extends DueItem {
  interviewCompletedAt: number;
  kind: 'reminder' | 'deadline';
}

export interface KeepInTouchItem extends DueItem {
  lastTouchAt: number | null;
  cycle: number;
}

/** An institution's relationship policy as the worker last heard of it. */
export interface InstitutionPolicyVersion {
  version: number;
  policy: PolicyOverride;
}

export interface RelationshipActivities {
  /** Outreach: a follow-up is due (draft it, maybe auto-send). */
  raiseFollowUpDue(item: FollowUpDueItem): Promise<void>;
  /** Outreach: stop following up and suggest a next step. */
  markUnresponsive(item: UnresponsiveItem): Promise<void>;
  /** Notifications: 3B7's "ask a second person at the same organisation". */
  raiseSecondContactDue(item: DueItem): Promise<void>;
  /** Notifications: prepare for the interview. */
  raiseInterviewReminderDue(item: InterviewReminderItem): Promise<void>;
  /** Notifications: the thank-you is not sent yet (reminder) or overdue (deadline). */
  raiseThankYouDue(item: ThankYouItem): Promise<void>;
  /** Notifications: time to keep in touch. */
  raiseKeepInTouchDue(item: KeepInTouchItem): Promise<void>;
  /** The worker's read model: the tenant's latest institution policy, null if it has none. */
  currentInstitutionPolicy(tenantId: string): Promise<InstitutionPolicyVersion | null>;
}
