import { deciderSpec } from '@rapport/testing';
import type { GoalCommand } from './goal.commands';
import { goalDecider, MAX_QUESTIONS } from './goal.decider';
import type { GoalEvent } from './goal.events';
import { GoalRejected } from './goal-rejected';

const given = deciderSpec(goalDecider, GoalRejected);
const at = new Date('2026-03-02T09:00:00Z');
const on = { memberId: 'm-ada', goalId: 'g-1', at };
const stamped = { memberId: 'm-ada', goalId: 'g-1', at: at.toISOString() };

const create: GoalCommand = {
  type: 'CreateGoal',
  ...on,
  title: 'Does marketing analytics suit me?',
  questions: ['What does a normal week look like?', 'Which tools matter?'],
};
const created: GoalEvent = {
  type: 'GoalCreated',
  data: {
    ...stamped,
    title: 'Does marketing analytics suit me?',
    questions: [
      { questionId: 'q-1', text: 'What does a normal week look like?' },
      { questionId: 'q-2', text: 'Which tools matter?' },
    ],
  },
};
const reflection = {
  interviewId: 'i-1',
  contactId: 'c-ho',
  learnt: 'Half the job is explaining numbers to people.',
  surprised: 'Little coding.',
  fit: 4,
};

describe('the goal decider', () => {
  describe('creating', () => {
    it('numbers the questions it starts with', () => given([]).when(create).then([created]));

    it('answers a repeat with nothing new', () => given([created]).when(create).then([]));

    it('refuses another body under the same id, naming what differs', () => {
      const other = { ...create, questions: ['Is it remote?'] };
      given([created]).when(other).rejects('exists');
      expect(() => goalDecider.decide(other, given([created]).state)).toThrow(
        expect.objectContaining({ differences: ['questions'] }) as Error,
      );
    });
  });

  describe('questions', () => {
    const add = (text: string): GoalCommand => ({ type: 'AddQuestion', ...on, text });

    it('adds one under the next id, never reusing a removed one', () => {
      const removed: GoalEvent = {
        type: 'GoalQuestionRemoved',
        data: { ...stamped, questionId: 'q-2' },
      };
      given([created, removed])
        .when(add('How did you start?'))
        .then([
          {
            type: 'GoalQuestionAdded',
            data: { ...stamped, questionId: 'q-3', text: 'How did you start?' },
          },
        ]);
    });

    it('adds the same question once', () =>
      given([created]).when(add('Which tools matter?')).then([]));

    it(`keeps at most ${MAX_QUESTIONS}`, () => {
      const full: GoalEvent = {
        type: 'GoalCreated',
        data: {
          ...created.data,
          questions: Array.from({ length: MAX_QUESTIONS }, (_, i) => ({
            questionId: `q-${i + 1}`,
            text: `question ${i}`,
          })),
        },
      };
      given([full]).when(add('one more')).rejects('too-many-questions');
    });

    it('removes once, and tells apart an id the goal never had', () => {
      const remove = (questionId: string): GoalCommand => ({
        type: 'RemoveQuestion',
        ...on,
        questionId,
      });
      const removed: GoalEvent = {
        type: 'GoalQuestionRemoved',
        data: { ...stamped, questionId: 'q-1' },
      };
      given([created]).when(remove('q-1')).then([removed]);
      given([created, removed]).when(remove('q-1')).then([]);
      given([created]).when(remove('q-9')).rejects('unknown-question');
    });

    it('refuses changes to a goal that does not exist', () =>
      given([]).when(add('anything')).rejects('not-found'));
  });

  describe('relationships', () => {
    const link: GoalCommand = { type: 'LinkRelationship', ...on, contactId: 'c-ho' };
    const linked: GoalEvent = {
      type: 'RelationshipLinked',
      data: { ...stamped, contactId: 'c-ho' },
    };

    it('links a contact once and unlinks it once', () => {
      given([created]).when(link).then([linked]);
      given([created, linked]).when(link).then([]);
      const unlink: GoalCommand = { type: 'UnlinkRelationship', ...on, contactId: 'c-ho' };
      given([created, linked])
        .when(unlink)
        .then([{ type: 'RelationshipUnlinked', data: { ...stamped, contactId: 'c-ho' } }]);
      given([created]).when(unlink).then([]);
    });
  });

  describe('reflections', () => {
    const record: GoalCommand = { type: 'RecordReflection', ...on, reflection };
    const recorded: GoalEvent = { type: 'ReflectionRecorded', data: { ...stamped, ...reflection } };

    it('records one per conversation, revises it with other words, ignores the same words', () => {
      given([created]).when(record).then([recorded]);
      given([created, recorded]).when(record).then([]);
      const revised = { ...reflection, fit: 2 };
      given([created, recorded])
        .when({ ...record, reflection: revised })
        .then([{ type: 'ReflectionRecorded', data: { ...stamped, ...revised } }]);
    });

    it('keeps the latest reflection per conversation in the state', () => {
      const revised: GoalEvent = {
        type: 'ReflectionRecorded',
        data: { ...stamped, ...reflection, fit: 1 },
      };
      const { state } = given([created, recorded, revised]);
      if (state.status === 'none') throw new Error('the goal exists');
      expect(Object.values(state.reflections).map((r) => r.fit)).toEqual([1]);
    });
  });

  describe('deciding', () => {
    const decide = (decision: 'pursue' | 'explore-further' | 'not-for-me', reason: string) =>
      ({ type: 'DecideGoal', ...on, decision, reason }) satisfies GoalCommand;
    const decided = (decision: 'pursue' | 'explore-further' | 'not-for-me', reason: string) =>
      ({ type: 'GoalDecided', data: { ...stamped, decision, reason } }) satisfies GoalEvent;

    it('records a decision once, and a change of mind', () => {
      given([created])
        .when(decide('pursue', 'Loved it'))
        .then([decided('pursue', 'Loved it')]);
      given([created, decided('pursue', 'Loved it')])
        .when(decide('pursue', 'Loved it'))
        .then([]);
      given([created, decided('pursue', 'Loved it')])
        .when(decide('not-for-me', 'Too much travel'))
        .then([decided('not-for-me', 'Too much travel')]);
    });

    it('reopens a decided goal with "explore further"', () => {
      const { state } = given([
        created,
        decided('not-for-me', 'Too much travel'),
        decided('explore-further', 'Met someone remote'),
      ]);
      expect(state).toMatchObject({
        status: 'exploring',
        lastDecision: { decision: 'explore-further', reason: 'Met someone remote' },
      });
      expect(state).not.toHaveProperty('decidedAt');
    });
  });
});
