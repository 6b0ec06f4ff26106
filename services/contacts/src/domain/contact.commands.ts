import type { ContactDetails, ContactSource, Tag, Warmth } from './contact-details';
import type { ContactOrigin } from './contact.events';
import type { BounceKind } from './email-deliverability';

/** Commands carry their time and ids in: the decider reads no clock and makes no ids. */
interface ContactCommandBase {
  readonly memberId: string;
  readonly contactId: string;
  readonly at: Date;
}

export interface AddContact extends ContactCommandBase {
  readonly type: 'AddContact';
  readonly details: ContactDetails;
  readonly warmth?: Warmth;
  readonly source?: ContactSource;
  readonly tags: readonly Tag[];
  readonly origin: ContactOrigin;
  /** Who referred the member to this contact; a new contact cannot be anyone's ancestor yet. */
  readonly referredBy?: { readonly contactId: string; readonly mayUseReferrerName: boolean };
}
export interface ChangeContactDetails extends ContactCommandBase {
  readonly type: 'ChangeContactDetails';
  readonly details: ContactDetails;
}
export interface ClassifyContact extends ContactCommandBase {
  readonly type: 'ClassifyContact';
  readonly warmth: Warmth;
  readonly source: ContactSource;
}
export interface TagContact extends ContactCommandBase {
  readonly type: 'TagContact';
  readonly tag: Tag;
}
export interface UntagContact extends ContactCommandBase {
  readonly type: 'UntagContact';
  readonly tag: Tag;
}
export interface RecordReferral extends ContactCommandBase {
  readonly type: 'RecordReferral';
  readonly referredByContactId: string;
  readonly mayUseReferrerName: boolean;
  /**
   * The referrer's own chain upward (its referrer, that one's referrer…), looked up by the handler
   * in the referral graph: the decider rejects a referral that would close a loop.
   */
  readonly referrerAncestors: readonly string[];
}
export interface AddResearchNote extends ContactCommandBase {
  readonly type: 'AddResearchNote';
  readonly noteId: string;
  readonly text: string;
}
export interface EditResearchNote extends ContactCommandBase {
  readonly type: 'EditResearchNote';
  readonly noteId: string;
  readonly text: string;
}
/** Notifications saw mail to this address bounce; it counts only if it is the current email. */
export interface MarkEmailUndeliverable extends ContactCommandBase {
  readonly type: 'MarkEmailUndeliverable';
  readonly email: string;
  readonly kind: BounceKind;
  readonly reason: string;
}
export interface ArchiveContact extends ContactCommandBase {
  readonly type: 'ArchiveContact';
  readonly reason?: string;
}
export interface RestoreContact extends ContactCommandBase {
  readonly type: 'RestoreContact';
}
export interface EraseContact extends ContactCommandBase {
  readonly type: 'EraseContact';
}

export type ContactCommand =
  | AddContact
  | ChangeContactDetails
  | ClassifyContact
  | TagContact
  | UntagContact
  | RecordReferral
  | AddResearchNote
  | EditResearchNote
  | MarkEmailUndeliverable
  | ArchiveContact
  | RestoreContact
  | EraseContact;
