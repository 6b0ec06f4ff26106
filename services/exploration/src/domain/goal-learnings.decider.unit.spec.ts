import { deciderSpec } from '@rapport/testing';
import type { GoalCommand } from './goal.commands';
import { goalDecider } from './goal.decider';
import type { GoalEvent, Learning } from './goal.events';
import { MAX_LEARNINGS } from './goal-learnings.decider';
import { GoalRejected } from './goal-rejected';
import type { GoalState } from './goal.state';

const given = deciderSpec(goalDecider, GoalRejected);
const at = new Date('2026-03-09T09:00:00Z');
const on = { memberId: 'm-ada', goalId: 'g-1', at };
const stamped = { memberId: 'm-ada', goalId: 'g-1', at: at.toISOString() };

const created: GoalEvent = {
  type: 'GoalCreated',
  data: { ...stamped, title: 'Does marketing analytics suit me?', questions: [] },
};
const book: Learning = {
  learningId: 'l-book',
  kind: 'resource',
  title: 'Storytelling with Data',
  url: 'https://example.org/swd',
  interviewId: 'i-1',
  note: 'She reads it every year.',
};
const note = (learning: Learning): GoalCommand => ({ type: 'NoteLearning', ...on, learning });
const noted: GoalEvent = { type: 'LearningNoted', data: { ...stamped, ...book } };
const remove: GoalCommand = { type: 'RemoveLearning', ...on, learningId: 'l-book' };
const removed: GoalEvent = { type: 'LearningRemoved', data: { ...stamped, learningId: 'l-book' } };

describe('the goal decider, on resources and opportunities from conversations', () => {
  it('notes one under the client’s id, with the conversation that mentioned it', () =>
    given([created]).when(note(book)).then([noted]));

  it('answers a repeat with nothing new, even after the learning was removed', () => {
    given([created, noted]).when(note(book)).then([]);
    given([created, noted, removed]).when(note(book)).then([]);
  });

  it('refuses another body under the same id, naming what differs', () => {
    const { learningId, title, interviewId } = book;
    const other = note({ learningId, kind: 'opportunity', title, interviewId, note: book.note });
    given([created, noted]).when(other).rejects('learning-exists');
    expect(() => goalDecider.decide(other, given([created, noted]).state)).toThrow(
      expect.objectContaining({ differences: ['kind', 'url'] }) as Error,
    );
  });

  it(`keeps at most ${MAX_LEARNINGS} per goal, removed ones included`, () => {
    const many = Array.from({ length: MAX_LEARNINGS }, (_, i): GoalEvent => ({
      type: 'LearningNoted',
      data: { ...stamped, ...book, learningId: `l-${i}` },
    }));
    given([created, ...many])
      .when(note(book))
      .rejects('too-many-learnings');
  });

  it('removes once, and tells apart an id the goal never had', () => {
    given([created, noted]).when(remove).then([removed]);
    given([created, noted, removed]).when(remove).then([]);
    given([created]).when(remove).rejects('unknown-learning');
  });

  it('refuses learnings for a goal that does not exist', () =>
    given([]).when(note(book)).rejects('not-found'));

  it('keeps a removed learning, marked, so that its id stays taken', () => {
    const state: GoalState = given([created, noted, removed]).state;
    if (state.status === 'none') throw new Error('the goal exists');
    expect(state.learnings['l-book']).toEqual({ ...book, at: stamped.at, removed: true });
  });
});
