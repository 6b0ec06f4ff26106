import {
  encodePayload,
  type EventInit,
  type EventTypeName,
  GoalDecision as WireDecision,
  topicFor,
} from '@rapport/contracts';
import type { OutboxMessage } from '@rapport/eventstore';
import type { GoalDecision, GoalEvent } from '../domain/goal.events';

const DECISION: Record<GoalDecision, WireDecision> = {
  pursue: WireDecision.PURSUE,
  'explore-further': WireDecision.EXPLORE_FURTHER,
  'not-for-me': WireDecision.NOT_FOR_ME,
};

function message<T extends EventTypeName>(type: T, payload: EventInit<T>): OutboxMessage {
  return {
    topic: topicFor('exploration'),
    type,
    schemaVersion: 1,
    payload: encodePayload(type, payload),
  };
}

/**
 * What other contexts hear of a goal, through the outbox: that it exists, each conversation's fit
 * and the decision, for the institution's aggregates. Titles, questions, reflections' words,
 * links and learnings stay here: they are the member's own thinking and nobody outside needs them.
 */
export function goalIntegrationEvents(event: GoalEvent): OutboxMessage | undefined {
  const { memberId, goalId } = event.data;
  switch (event.type) {
    case 'GoalCreated':
      return message('rapport.exploration.v1.GoalCreated', { memberId, goalId });
    case 'ReflectionRecorded': {
      const { interviewId, fit } = event.data;
      return message('rapport.exploration.v1.ReflectionRecorded', {
        memberId,
        goalId,
        interviewId,
        fit,
      });
    }
    case 'GoalDecided':
      return message('rapport.exploration.v1.DecisionRecorded', {
        memberId,
        goalId,
        decision: DECISION[event.data.decision],
      });
    case 'GoalQuestionAdded':
    case 'GoalQuestionRemoved':
    case 'RelationshipLinked':
    case 'RelationshipUnlinked':
    case 'LearningNoted':
    case 'LearningRemoved':
      return undefined;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
