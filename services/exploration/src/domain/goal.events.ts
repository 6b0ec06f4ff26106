import type { DomainEvent } from '@rapport/eventstore';

/** What the member concluded about a goal after some conversations. */
export type GoalDecision = 'pursue' | 'explore-further' | 'not-for-me';

export interface GoalQuestion {
  readonly questionId: string;
  readonly text: string;
}

/** What the member took from one conversation, as it bears on this goal. */
export interface Reflection {
  readonly interviewId: string;
  readonly contactId?: string;
  readonly learnt: string;
  readonly surprised: string;
  /** 1 (not me at all) to 5 (exactly what I hoped for). */
  readonly fit: number;
}

/** Something a conversation pointed the member to: a resource to read or an opportunity to pursue. */
export type LearningKind = 'resource' | 'opportunity';

export interface Learning {
  readonly learningId: string;
  readonly kind: LearningKind;
  readonly title: string;
  readonly url?: string;
  /** The conversation that mentioned it (the interview's id). */
  readonly interviewId: string;
  readonly note: string;
}

interface OnGoal {
  readonly memberId: string;
  readonly goalId: string;
  readonly at: string;
}

export type GoalCreated = DomainEvent<
  'GoalCreated',
  OnGoal & { readonly title: string; readonly questions: readonly GoalQuestion[] }
>;
export type GoalQuestionAdded = DomainEvent<'GoalQuestionAdded', OnGoal & GoalQuestion>;
export type GoalQuestionRemoved = DomainEvent<
  'GoalQuestionRemoved',
  OnGoal & { readonly questionId: string }
>;
export type RelationshipLinked = DomainEvent<
  'RelationshipLinked',
  OnGoal & { readonly contactId: string }
>;
export type RelationshipUnlinked = DomainEvent<
  'RelationshipUnlinked',
  OnGoal & { readonly contactId: string }
>;
export type ReflectionRecorded = DomainEvent<'ReflectionRecorded', OnGoal & Reflection>;
export type GoalDecided = DomainEvent<
  'GoalDecided',
  OnGoal & { readonly decision: GoalDecision; readonly reason: string }
>;

export type LearningNoted = DomainEvent<'LearningNoted', OnGoal & Learning>;
export type LearningRemoved = DomainEvent<
  'LearningRemoved',
  OnGoal & { readonly learningId: string }
>;

/** One union per stream: everything that happens to an exploration goal. */
export type GoalEvent =
  | GoalCreated
  | GoalQuestionAdded
  | GoalQuestionRemoved
  | RelationshipLinked
  | RelationshipUnlinked
  | ReflectionRecorded
  | GoalDecided
  | LearningNoted
  | LearningRemoved;
