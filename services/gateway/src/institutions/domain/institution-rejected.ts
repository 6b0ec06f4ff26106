/** Why a decider of the institutions context refused a command; the HTTP layer maps each one. */
export type InstitutionRejection =
  | 'institution-exists'
  | 'institution-not-found'
  | 'person-exists'
  | 'person-not-found'
  | 'not-a-coach'
  | 'not-a-member';

export class InstitutionRejected extends Error {
  constructor(
    readonly reason: InstitutionRejection,
    message: string,
  ) {
    super(message);
    this.name = 'InstitutionRejected';
  }
}
