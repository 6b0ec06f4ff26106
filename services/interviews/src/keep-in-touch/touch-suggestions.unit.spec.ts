import type { Completed } from '../domain/interview.state';
import { touchSuggestions } from './touch-suggestions';

const interview: Completed = {
  status: 'completed',
  memberId: 'm-1',
  contactId: 'c-1',
  interviewId: 'i-1',
  slot: {
    startsAt: '2026-03-10T10:00:00.000Z',
    durationMinutes: 20,
    timeZone: 'UTC',
    format: 'video',
  },
  sequence: 0,
  changedAt: '2026-03-02T09:00:00.000Z',
  fingerprint: 'f',
  plan: { questions: [] },
  conversation: {
    notes: '',
    adviceItems: ['Learn QGIS.'],
    commitments: [
      { id: 'k-1', text: 'Send my CV', due: '2026-03-14' },
      { id: 'k-2', text: 'Read the flood report', due: '2026-04-01' },
    ],
    closingAsks: { linkedin: true, keepInTouch: true, referrals: [] },
  },
  completedAt: '2026-03-10T10:20:00.000Z',
  completionFingerprint: 'done',
  fulfilled: ['k-1'],
  touches: [],
};

describe('what to send next', () => {
  it('starts with a promise kept, then one still open, then how the advice worked out', () => {
    const suggestions = touchSuggestions(interview);
    expect(suggestions.slice(0, 3).map((s) => s.from)).toEqual([
      { commitmentId: 'k-1' },
      { commitmentId: 'k-2' },
      { advice: 'Learn QGIS.' },
    ]);
    expect(suggestions[1]!.text).toContain('2026-04-01');
    expect(suggestions.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['shared_article', 'asked_question', 'offered_help']),
    );
  });

  it('puts the kinds of the last touches at the end', () => {
    const touched: Completed = {
      ...interview,
      touches: [
        {
          touchId: 't',
          kind: 'reported_results',
          touchedAt: '2026-04-02T10:00:00Z',
          fingerprint: 'x',
        },
      ],
    };
    const suggestions = touchSuggestions(touched);
    expect(suggestions[0]!.kind).toBe('shared_article');
    expect(suggestions.at(-1)!.kind).toBe('reported_results');
  });
});
