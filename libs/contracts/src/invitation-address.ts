/**
 * The address an interview invitation names as its ORGANIZER, so the contact's calendar sends its
 * iMIP REPLY to Rapport's reply domain (received by the notifications service's Inbound Parse)
 * rather than to the member's own mailbox, where no one would record it. One mailbox serves every
 * invitation: a reply is matched by its UID and the invited attendee, never by this address.
 * The interviews service writes it, the notifications service reads mail sent to it; both take the
 * domain from RAPPORT_REPLY_DOMAIN.
 */
export function invitationReplyAddress(replyDomain: string): string {
  return `invitations@${replyDomain.toLowerCase()}`;
}
