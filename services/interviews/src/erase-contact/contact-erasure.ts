import { Inject, Injectable } from '@nestjs/common';
import type { ConsumedEvent } from '@rapport/messaging';
import { InvitationPartiesStore } from '../invitation/invitation-parties';
import { InterviewProjections } from '../projections/interview-projections';

/**
 * A contact erased in the contacts context: the names and addresses kept for their invitations
 * are deleted, each by `_id`, found through the member's interviews document (one read). The
 * interviews themselves stay, so the member's history and the workflow keep their dates.
 */
@Injectable()
export class ContactErasure {
  constructor(
    @Inject(InterviewProjections) private readonly projections: InterviewProjections,
    @Inject(InvitationPartiesStore) private readonly parties: InvitationPartiesStore,
  ) {}

  async erase({ envelope, payload }: ConsumedEvent): Promise<void> {
    if (payload.$typeName !== 'rapport.contacts.v1.ContactErased') return;
    const { tenantId } = envelope;
    const board = await this.projections.memberInterviews(tenantId, payload.memberId);
    const theirs = Object.values(board?.interviews ?? {}).filter(
      (interview) => interview.contactId === payload.contactId,
    );
    for (const { interviewId } of theirs) {
      await this.parties.forget(tenantId, payload.memberId, interviewId);
    }
  }
}
