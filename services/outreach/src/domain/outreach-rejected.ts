/** Why the decider refused; the HTTP layer maps each reason to a problem status. */
export type OutreachRejection =
  'not-found' | 'not-sent' | 'already-sent' | 'closed' | 'responded' | 'not-awaiting';

export class OutreachRejected extends Error {
  constructor(
    readonly reason: OutreachRejection,
    message: string,
  ) {
    super(message);
    this.name = 'OutreachRejected';
  }
}
