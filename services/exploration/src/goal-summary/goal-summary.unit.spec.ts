import { goalDecider } from '../domain/goal.decider';
import type { GoalEvent } from '../domain/goal.events';
import { averageFit, goalSummary } from './goal-summary';

const on = { memberId: 'm-ada', goalId: 'g-1' };
const reflected = (interviewId: string, fit: number, at: string): GoalEvent => ({
  type: 'ReflectionRecorded',
  data: { ...on, interviewId, learnt: 'l', surprised: 's', fit, at },
});

describe('a goal summary', () => {
  it('has no average fit before the first reflection, then the mean to one decimal', () => {
    expect(averageFit([])).toBeNull();
    expect(averageFit([4, 5, 5])).toBe(4.7);
  });

  it('lists reflections oldest first and averages the latest one per conversation', () => {
    const events: GoalEvent[] = [
      {
        type: 'GoalCreated',
        data: { ...on, title: 'Analytics?', questions: [], at: '2026-03-01T09:00:00.000Z' },
      },
      reflected('i-2', 2, '2026-03-05T09:00:00.000Z'),
      reflected('i-1', 5, '2026-03-03T09:00:00.000Z'),
      reflected('i-2', 4, '2026-03-06T09:00:00.000Z'),
      {
        type: 'GoalDecided',
        data: {
          ...on,
          decision: 'pursue',
          reason: 'Both said yes',
          at: '2026-03-07T09:00:00.000Z',
        },
      },
    ];
    const state = events.reduce((s, e) => goalDecider.evolve(s, e), goalDecider.initialState);
    if (state.status === 'none') throw new Error('the goal exists');
    const summary = goalSummary(state, events.length);
    expect(summary.reflections.map((r) => r.interviewId)).toEqual(['i-1', 'i-2']);
    expect(summary).toMatchObject({
      conversations: 2,
      averageFit: 4.5,
      status: 'decided',
      decision: { decision: 'pursue', reason: 'Both said yes' },
      version: 5,
    });
  });
});
