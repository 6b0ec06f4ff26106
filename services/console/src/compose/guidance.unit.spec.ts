import { applySuggestion, type GuidanceFinding, segmentsOf } from './guidance';

const jobAsk = (start: number, end: number): GuidanceFinding => ({
  ruleId: 'ask.job-language',
  severity: 'error',
  message: 'Ask for advice, not a job',
  why: 'People give advice freely.',
  span: { start, end, field: 'body' },
  suggestion: { text: 'Who else should I talk to?', replaces: { start, end, field: 'body' } },
});

describe('segmentsOf', () => {
  const text = 'Hello. Are you hiring? Thanks.';

  it('cuts the text at a finding’s span and keeps every character once', () => {
    const segments = segmentsOf(text, [jobAsk(7, 22)], 'body');
    expect(segments.map((s) => s.text)).toEqual(['Hello. ', 'Are you hiring?', ' Thanks.']);
    expect(segments.map((s) => s.severity)).toEqual([undefined, 'error', undefined]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('marks overlapping spans with the most severe finding and links both', () => {
    const sentence: GuidanceFinding = {
      ...jobAsk(0, 22),
      severity: 'warning',
      ruleId: 'length.sentence',
    };
    const segments = segmentsOf(text, [sentence, jobAsk(7, 22)], 'body');
    const inner = segments.find((s) => s.text === 'Are you hiring?');
    expect(inner).toMatchObject({ severity: 'error', findings: [1, 0] });
    expect(segments[0]).toMatchObject({ text: 'Hello. ', severity: 'warning' });
  });

  it('ignores spans of the other field, missing spans and spans past a shorter text', () => {
    const subject: GuidanceFinding = {
      ...jobAsk(0, 5),
      span: { start: 0, end: 5, field: 'subject' },
    };
    const missing: GuidanceFinding = { ...jobAsk(0, 1), span: undefined, suggestion: undefined };
    const segments = segmentsOf('Hi', [subject, missing, jobAsk(10, 20)], 'body');
    expect(segments).toEqual([{ text: 'Hi', findings: [] }]);
  });
});

describe('applySuggestion', () => {
  it('replaces the words the rewrite is for', () => {
    const draft = { channel: 'email' as const, subject: 'Advice', body: 'Hi. Are you hiring?' };
    expect(applySuggestion(draft, jobAsk(4, 19)).body).toBe('Hi. Who else should I talk to?');
  });
});
