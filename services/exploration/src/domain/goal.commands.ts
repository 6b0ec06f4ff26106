import type { GoalDecision, Learning, Reflection } from './goal.events';

/** Every command names its goal and brings its time (deciders read no clock). */
interface OnGoal {
  readonly memberId: string;
  readonly goalId: string;
  readonly at: Date;
}

export interface CreateGoal extends OnGoal {
  readonly type: 'CreateGoal';
  readonly title: string;
  readonly questions: readonly string[];
}
export interface AddQuestion extends OnGoal {
  readonly type: 'AddQuestion';
  readonly text: string;
}
export interface RemoveQuestion extends OnGoal {
  readonly type: 'RemoveQuestion';
  readonly questionId: string;
}
export interface LinkRelationship extends OnGoal {
  readonly type: 'LinkRelationship';
  readonly contactId: string;
}
export interface UnlinkRelationship extends OnGoal {
  readonly type: 'UnlinkRelationship';
  readonly contactId: string;
}
export interface RecordReflection extends OnGoal {
  readonly type: 'RecordReflection';
  readonly reflection: Reflection;
}
export interface DecideGoal extends OnGoal {
  readonly type: 'DecideGoal';
  readonly decision: GoalDecision;
  readonly reason: string;
}

export interface NoteLearning extends OnGoal {
  readonly type: 'NoteLearning';
  readonly learning: Learning;
}
export interface RemoveLearning extends OnGoal {
  readonly type: 'RemoveLearning';
  readonly learningId: string;
}

export type GoalCommand =
  | CreateGoal
  | AddQuestion
  | RemoveQuestion
  | LinkRelationship
  | UnlinkRelationship
  | RecordReflection
  | DecideGoal
  | NoteLearning
  | RemoveLearning;
