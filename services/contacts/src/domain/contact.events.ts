import type { DomainEvent } from '@rapport/eventstore';
import type { ContactDetails, ContactSource, Tag, Warmth } from './contact-details';
import type { BounceKind } from './email-deliverability';

/** How a contact came into the book: typed in, or one row of an import. */
export type ContactOrigin =
  | { via: 'manual' }
  | { via: 'import'; importId: string; row: number }
  /** A contact answered an outreach with "talk to X instead". */
  | { via: 'referral'; outreachEventId: string }
  /** A person the contact suggested at the end of an interview (the third closing ask). */
  | { via: 'interview-referral'; interviewId: string; referralId: string };

export type ContactAdded = DomainEvent<
  'ContactAdded',
  {
    memberId: string;
    contactId: string;
    details: ContactDetails;
    warmth?: Warmth;
    source?: ContactSource;
    tags: Tag[];
    origin: ContactOrigin;
    addedAt: string;
  }
>;
export type ContactDetailsChanged = DomainEvent<
  'ContactDetailsChanged',
  { memberId: string; contactId: string; details: ContactDetails }
>;
export type ContactClassified = DomainEvent<
  'ContactClassified',
  { memberId: string; contactId: string; warmth: Warmth; source: ContactSource }
>;
export type ContactTagged = DomainEvent<
  'ContactTagged',
  { memberId: string; contactId: string; tag: Tag }
>;
export type ContactUntagged = DomainEvent<
  'ContactUntagged',
  { memberId: string; contactId: string; tag: Tag }
>;
export type ReferralRecorded = DomainEvent<
  'ReferralRecorded',
  { memberId: string; contactId: string; referredByContactId: string; mayUseReferrerName: boolean }
>;
export type ResearchNoteAdded = DomainEvent<
  'ResearchNoteAdded',
  { memberId: string; contactId: string; noteId: string; text: string; at: string }
>;
export type ResearchNoteEdited = DomainEvent<
  'ResearchNoteEdited',
  { memberId: string; contactId: string; noteId: string; text: string; at: string }
>;
/** Mail to the contact's current address bounced (reported by notifications). */
export type ContactEmailMarkedUndeliverable = DomainEvent<
  'ContactEmailMarkedUndeliverable',
  {
    memberId: string;
    contactId: string;
    /** The address that bounced, normalised; it equalled the contact's email at the time. */
    email: string;
    kind: BounceKind;
    reason: string;
    at: string;
  }
>;
export type ContactArchived = DomainEvent<
  'ContactArchived',
  { memberId: string; contactId: string; reason?: string; at: string }
>;
export type ContactRestored = DomainEvent<
  'ContactRestored',
  { memberId: string; contactId: string; at: string }
>;
export type ContactErased = DomainEvent<
  'ContactErased',
  { memberId: string; contactId: string; at: string }
>;

/** Every event of a Contact stream (one stream per member × contact). */
export type ContactEvent =
  | ContactAdded
  | ContactDetailsChanged
  | ContactClassified
  | ContactTagged
  | ContactUntagged
  | ReferralRecorded
  | ResearchNoteAdded
  | ResearchNoteEdited
  | ContactEmailMarkedUndeliverable
  | ContactArchived
  | ContactRestored
  | ContactErased;
