import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { GoalEvent, LearningKind } from '../domain/goal.events';

/** A goal event with where it sits in its stream. */
export interface GoalEventAt {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly event: GoalEvent;
}

export const MEMBER_GOALS = 'member_goals';

export const memberGoalsKey = (tenantId: string, memberId: string) => `${tenantId}|${memberId}`;

/**
 * One goal's line on the member's list. Questions, links and fits are kept as maps keyed by their
 * ids, so every event is a `$set`/`$unset` of one path and counts are taken in memory on read.
 */
export interface MemberGoalRow {
  readonly goalId: string;
  readonly title: string;
  readonly createdAt: string;
  readonly questions?: Record<string, string>;
  readonly linked?: Record<string, true>;
  readonly fits?: Record<string, number>;
  /** The resources and opportunities on the goal's list, by id. */
  readonly learnings?: Record<string, LearningKind>;
  readonly decision?: { readonly decision: string; readonly reason: string; readonly at: string };
}

export interface MemberGoalsDocument {
  readonly _id: string;
  readonly goals?: Record<string, MemberGoalRow>;
}

function changesFor(event: GoalEvent): Record<string, unknown> {
  const row = `goals.${event.data.goalId}`;
  switch (event.type) {
    case 'GoalCreated': {
      const { goalId, title, questions, at } = event.data;
      const entry = {
        goalId,
        title,
        createdAt: at,
        questions: Object.fromEntries(questions.map((q) => [q.questionId, q.text])),
      };
      return { $set: { [row]: entry } };
    }
    case 'GoalQuestionAdded':
      return { $set: { [`${row}.questions.${event.data.questionId}`]: event.data.text } };
    case 'GoalQuestionRemoved':
      return { $unset: { [`${row}.questions.${event.data.questionId}`]: '' } };
    case 'RelationshipLinked':
      return { $set: { [`${row}.linked.${event.data.contactId}`]: true } };
    case 'RelationshipUnlinked':
      return { $unset: { [`${row}.linked.${event.data.contactId}`]: '' } };
    case 'ReflectionRecorded':
      return { $set: { [`${row}.fits.${event.data.interviewId}`]: event.data.fit } };
    case 'GoalDecided': {
      const { decision, reason, at } = event.data;
      return { $set: { [`${row}.decision`]: { decision, reason, at } } };
    }
    case 'LearningNoted':
      return { $set: { [`${row}.learnings.${event.data.learningId}`]: event.data.kind } };
    case 'LearningRemoved':
      return { $unset: { [`${row}.learnings.${event.data.learningId}`]: '' } };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/**
 * The member's goals, one document per member (`tenant|member`) read and written by `_id`. Ids
 * become field names; they are safe because every id is validated at the edge (letters, digits,
 * `-`, `_`) and question ids are made by the decider.
 */
export const memberGoalsProjection: Projection<GoalEventAt> = {
  name: MEMBER_GOALS,
  project({ tenantId, streamId, event }): ProjectionChange[] {
    // The event store hands every append of this context to its read models, target lists too.
    if (!streamId.startsWith('goal:')) return [];
    return [{ id: memberGoalsKey(tenantId, event.data.memberId), update: changesFor(event) }];
  },
};
