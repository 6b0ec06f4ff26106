import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';
import type { InvitationParty } from './calendar-invitation';

export interface InvitationParties {
  readonly organizer: InvitationParty;
  readonly attendee: InvitationParty;
}

interface PartiesDocument extends InvitationParties {
  readonly _id: string;
}

/**
 * Who the invitation is from and to, kept beside the stream rather than in it: names and addresses
 * are personal data that an erasure removes here by `_id`, while the events stay as they are.
 */
export class InvitationPartiesStore {
  private readonly parties: Collection<PartiesDocument>;

  constructor(db: Db) {
    this.parties = db.collection<PartiesDocument>('invitation_parties');
  }

  private key(tenantId: string, memberId: string, interviewId: string): string {
    return `${tenantId}|${memberId}|${interviewId}`;
  }

  /** The first parties given for an interview stay (a repeated schedule changes nothing). */
  async keep(
    tenantId: string,
    memberId: string,
    interviewId: string,
    parties: InvitationParties,
  ): Promise<void> {
    // Two schedules of one interview at once race the insert: the loser's second try keeps the
    // winner's parties ($setOnInsert), as a repeated schedule does.
    await againOnDuplicateKey(() =>
      this.parties.updateOne(
        { _id: this.key(tenantId, memberId, interviewId) },
        { $setOnInsert: { organizer: parties.organizer, attendee: parties.attendee } },
        { upsert: true },
      ),
    );
  }

  async find(
    tenantId: string,
    memberId: string,
    interviewId: string,
  ): Promise<InvitationParties | undefined> {
    const found = await this.parties.findOne({ _id: this.key(tenantId, memberId, interviewId) });
    return found ? { organizer: found.organizer, attendee: found.attendee } : undefined;
  }

  /** The contact asked to be forgotten: their name and address go; the interview stays. */
  async forget(tenantId: string, memberId: string, interviewId: string): Promise<void> {
    await this.parties.deleteOne({ _id: this.key(tenantId, memberId, interviewId) });
  }
}
