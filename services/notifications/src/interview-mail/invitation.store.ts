import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey, isDuplicateKeyError } from '@rapport/platform';
import { PermanentError } from '@rapport/messaging';
import type { Invitation } from './interview-mail.requests';

/**
 * An invitation Rapport mailed, by its UID: a calendar's reply names only the UID, so this is how
 * a reply finds its tenant, member, interview and the address that was invited, in one `_id` read.
 */
export interface InvitationDocument {
  /** The VEVENT's UID. */
  _id: string;
  tenantId: string;
  memberId: string;
  contactId: string;
  relationshipId: string;
  interviewId: string;
  /** The address the invitation went to, lower-cased: only it may answer. Gone on erasure. */
  attendeeEmail?: string;
  sequence: number;
  method: Invitation['method'];
  /** What the invitation is called, for the member's notice of the answer. */
  summary: string;
  updatedAt: Date;
}

export type Remembered = { readonly latest: true } | { readonly latest: false; sequence: number };

/** The UIDs of the invitations a contact received (`tenant|member|contact`), for erasure. */
interface ContactInvitationsDocument {
  _id: string;
  uids: string[];
}

const contactKey = (tenantId: string, memberId: string, contactId: string) =>
  `${tenantId}|${memberId}|${contactId}`;

export class InvitationStore {
  readonly collection: Collection<InvitationDocument>;
  private readonly byContact: Collection<ContactInvitationsDocument>;

  constructor(db: Db) {
    this.collection = db.collection<InvitationDocument>('invitations');
    this.byContact = db.collection<ContactInvitationsDocument>('invitation_contacts');
  }

  /** Erasure: the invitations stay (replies to them are then ignored) without the address. */
  async forgetContact(tenantId: string, memberId: string, contactId: string): Promise<void> {
    const doc = await this.byContact.findOne({ _id: contactKey(tenantId, memberId, contactId) });
    for (const uid of doc?.uids ?? []) {
      const invitation = await this.find(uid);
      const theirs =
        invitation?.tenantId === tenantId &&
        invitation.memberId === memberId &&
        invitation.contactId === contactId;
      if (theirs) await this.collection.updateOne({ _id: uid }, { $unset: { attendeeEmail: '' } });
    }
  }

  /** Listed before it is stored, so erasure always finds an invitation the contact received. */
  private async listFor(doc: InvitationDocument): Promise<void> {
    await againOnDuplicateKey(() =>
      this.byContact.updateOne(
        { _id: contactKey(doc.tenantId, doc.memberId, doc.contactId) },
        { $addToSet: { uids: doc._id } },
        { upsert: true },
      ),
    );
  }

  async find(uid: string): Promise<InvitationDocument | undefined> {
    return (await this.collection.findOne({ _id: uid })) ?? undefined;
  }

  /**
   * Keeps the latest version of the invitation. A UID already used by another tenant or interview
   * is refused: it would let one tenant's event redirect another's replies. An older sequence
   * arriving late (`latest: false`) changes nothing. Read then write by `_id`: one interview's
   * events come in order from one partition, so nothing else writes this document meanwhile.
   */
  async remember(
    tenantId: string,
    invitation: Invitation,
    attendeeEmail: string,
    at: Date,
  ): Promise<Remembered> {
    const doc: InvitationDocument = {
      _id: invitation.icsUid,
      tenantId,
      memberId: invitation.memberId,
      contactId: invitation.contactId,
      relationshipId: invitation.relationshipId,
      interviewId: invitation.interviewId,
      attendeeEmail: attendeeEmail.toLowerCase(),
      sequence: invitation.sequence,
      method: invitation.method,
      summary: invitation.summary,
      updatedAt: at,
    };
    const existing = await this.find(doc._id);
    if (!existing) {
      await this.listFor(doc);
      try {
        await this.collection.insertOne(doc);
        return { latest: true };
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        return this.remember(tenantId, invitation, attendeeEmail, at);
      }
    }
    if (
      existing.tenantId !== tenantId ||
      existing.memberId !== doc.memberId ||
      existing.interviewId !== doc.interviewId
    ) {
      throw new PermanentError(`the invitation UID ${doc._id} belongs to another interview`);
    }
    if (existing.sequence > doc.sequence) return { latest: false, sequence: existing.sequence };
    await this.listFor(doc);
    await this.collection.replaceOne({ _id: doc._id }, doc);
    return { latest: true };
  }
}
