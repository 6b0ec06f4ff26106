/** Why the decider refused a command; the HTTP layer maps each reason to a problem status. */
export type ContactRejection =
  | 'contact-not-found'
  | 'contact-exists'
  | 'contact-archived'
  | 'contact-erased'
  | 'self-referral'
  | 'referral-cycle'
  | 'referral-exists'
  | 'note-not-found'
  | 'note-exists'
  | 'not-archived'
  | 'too-many-tags';

export class ContactRejected extends Error {
  constructor(
    readonly reason: ContactRejection,
    message: string,
  ) {
    super(message);
    this.name = 'ContactRejected';
  }
}
