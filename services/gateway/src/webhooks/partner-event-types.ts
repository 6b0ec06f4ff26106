/**
 * The lifecycle events a partner app may subscribe to, by their public names. They are a
 * published contract of their own: renaming an internal protobuf message must not rename them.
 */
export const PARTNER_EVENT_TYPES = [
  'contact.added',
  'contact.archived',
  'contact.restored',
  'contact.erased',
  'outreach.sent',
  'outreach.follow_up_sent',
  'outreach.response_received',
  'outreach.unresponsive',
  'outreach.closed',
  'outreach.reopened',
  'relationship.follow_up_due',
  'relationship.second_contact_suggested',
  'relationship.interview_reminder_due',
  'relationship.thank_you_due',
  'relationship.keep_in_touch_due',
  'relationship.touch_logged',
  'interview.scheduled',
  'interview.rescheduled',
  'interview.cancelled',
  'interview.completed',
  'interview.thank_you_sent',
] as const;

export type PartnerEventType = (typeof PARTNER_EVENT_TYPES)[number];

/** A JSON value of a webhook's `data`: ids, counts, enum names and ISO times only. */
export type PartnerEventValue = string | number | boolean;

/**
 * The body of one webhook, in the shape the Standard Webhooks specification recommends
 * (`type`, `timestamp`, `data`).
 */
export interface PartnerEvent {
  readonly type: PartnerEventType;
  /** When it happened, ISO 8601. */
  readonly timestamp: string;
  readonly data: Readonly<Record<string, PartnerEventValue>>;
}
