import { fromBinary } from '@bufbuild/protobuf';
import { eventSchemaFor, GoalDecision } from '@rapport/contracts';
import type { GoalEvent } from '../domain/goal.events';
import { goalIntegrationEvents } from './goal-integration-events';

const on = { memberId: 'm-ada', goalId: 'g-1', at: '2026-03-02T09:00:00.000Z' };
const decoded = (event: GoalEvent) => {
  const message = goalIntegrationEvents(event);
  if (!message) return undefined;
  const { $typeName, ...payload } = fromBinary(eventSchemaFor(message.type), message.payload);
  expect(message.topic).toBe('rapport.exploration.v1');
  return { type: $typeName, payload };
};

describe('what other contexts hear of a goal', () => {
  it('publishes its creation, each conversation’s fit and the decision, by id only', () => {
    const created: GoalEvent = {
      type: 'GoalCreated',
      data: { ...on, title: 'Private thoughts', questions: [{ questionId: 'q-1', text: 'Why?' }] },
    };
    expect(decoded(created)).toEqual({
      type: 'rapport.exploration.v1.GoalCreated',
      payload: { memberId: 'm-ada', goalId: 'g-1' },
    });
    const reflected: GoalEvent = {
      type: 'ReflectionRecorded',
      data: { ...on, interviewId: 'i-1', learnt: 'Private', surprised: 'Private', fit: 4 },
    };
    expect(decoded(reflected)).toEqual({
      type: 'rapport.exploration.v1.ReflectionRecorded',
      payload: { memberId: 'm-ada', goalId: 'g-1', interviewId: 'i-1', fit: 4 },
    });
    const decided: GoalEvent = {
      type: 'GoalDecided',
      data: { ...on, decision: 'not-for-me', reason: 'Private reason' },
    };
    expect(decoded(decided)).toEqual({
      type: 'rapport.exploration.v1.DecisionRecorded',
      payload: { memberId: 'm-ada', goalId: 'g-1', decision: GoalDecision.NOT_FOR_ME },
    });
  });

  it('keeps questions, links and learnings to itself', () => {
    const kept: GoalEvent[] = [
      { type: 'GoalQuestionAdded', data: { ...on, questionId: 'q-2', text: 'How?' } },
      { type: 'RelationshipLinked', data: { ...on, contactId: 'c-ho' } },
      {
        type: 'LearningNoted',
        data: {
          ...on,
          learningId: 'l-1',
          kind: 'resource',
          title: 'A book',
          interviewId: 'i-1',
          note: '',
        },
      },
    ];
    expect(kept.map(decoded)).toEqual([undefined, undefined, undefined]);
  });
});
