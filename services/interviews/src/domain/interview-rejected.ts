/** Why the decider refused; the HTTP layer maps each reason to a problem status. */
export type InterviewRejection =
  | 'not-found'
  | 'exists'
  | 'cancelled'
  | 'completed'
  | 'not-completed'
  | 'already-thanked'
  | 'unknown-commitment'
  | 'touch-exists';

export class InterviewRejected extends Error {
  constructor(
    readonly reason: InterviewRejection,
    message: string,
  ) {
    super(message);
    this.name = 'InterviewRejected';
  }
}
