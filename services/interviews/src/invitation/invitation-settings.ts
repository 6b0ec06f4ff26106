import { invitationReplyAddress } from '@rapport/contracts';

/** What the service is told at start-up about the invitations it writes. */
export interface InvitationSettings {
  /** RAPPORT_REPLY_DOMAIN: where the notifications service receives mail. */
  readonly replyDomain: string;
}

/** The address every invitation names as ORGANIZER (see `invitationReplyAddress`). */
export const INVITATION_ANSWER_ADDRESS = Symbol('INVITATION_ANSWER_ADDRESS');

export function invitationAnswerAddressProvider(settings: InvitationSettings) {
  return {
    provide: INVITATION_ANSWER_ADDRESS,
    useValue: invitationReplyAddress(settings.replyDomain),
  };
}
