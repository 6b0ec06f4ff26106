/** Why the goal decider refused; the HTTP layer maps each reason to a problem status. */
export type GoalRejection =
  | 'not-found'
  | 'exists'
  | 'unknown-question'
  | 'too-many-questions'
  | 'learning-exists'
  | 'unknown-learning'
  | 'too-many-learnings';

export class GoalRejected extends Error {
  constructor(
    readonly reason: GoalRejection,
    message: string,
    /** For `exists` and `learning-exists`: the fields in which the repeated create differs from the first. */
    readonly differences: readonly string[] = [],
  ) {
    super(message);
    this.name = 'GoalRejected';
  }
}
