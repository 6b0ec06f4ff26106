import { jobAskExample, jobAskSentences } from '../job-ask-model/job-ask-cross-validation';
import { loadGuidanceCorpus } from './guidance-corpus';
import { loadJobAskSpans, parseJobAskSpans } from './job-ask-span-labels';

describe('the sentence labels of the job ask (job-ask-spans.json)', () => {
  const training = loadGuidanceCorpus('training');
  const spans = loadJobAskSpans();

  it('quotes, for every training message that asks for a job, words of that message and only for those', () => {
    const problems: string[] = [];
    let quoted = 0;
    for (const message of training) {
      const fragments = spans[message.id];
      if (!message.mustFire.includes('ask.job-language')) {
        if (fragments !== undefined) problems.push(`${message.id}: labelled as no job ask`);
        continue;
      }
      if (fragments === undefined) problems.push(`${message.id}: no fragment`);
      const text = `${message.draft.subject ?? ''}\n${message.draft.body}`;
      for (const fragment of fragments ?? []) {
        quoted += 1;
        if (!text.includes(fragment)) problems.push(`${message.id}: ${fragment}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(quoted).toBeGreaterThan(800);
  });

  it('points every job ask at a sentence as the classifier reads them', () => {
    const unplaced = training
      .filter((m) => m.mustFire.includes('ask.job-language'))
      .filter((m) => (jobAskSentences(m, spans)?.marked ?? []).length === 0)
      .map((m) => m.id);
    expect(unplaced).toEqual([]);
  });

  it('names no message outside the training split', () => {
    const ids = new Set(training.map((m) => m.id));
    expect(Object.keys(spans).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('rejects a message with no fragment', () => {
    expect(() => parseJobAskSpans('{"t001":[]}')).toThrow();
  });

  it('marks the sentence a person pointed at, not the one the first pass would guess', () => {
    const message = {
      id: 'f02',
      register: 'casual' as const,
      draft: {
        channel: 'text' as const,
        body: 'hi Tam, its Jo from the market. if ur stall is ever a baker short im ur girl. Could we talk for 15 mins whenever suits? Thanks, Jo',
      },
      mustFire: ['ask.job-language' as const],
      mustNotFire: [],
    };
    const labelled = jobAskExample(message, { f02: ['ever a baker short im ur girl'] });
    expect(labelled?.marked).toEqual([1]);
    // The sentences and marks alone, read without the rules, are the same.
    expect(jobAskSentences(message, { f02: ['ever a baker short im ur girl'] })).toEqual({
      id: 'f02',
      positive: true,
      sentences: labelled?.sentences,
      marked: [1],
    });
    expect(jobAskExample(message)?.marked).toBeUndefined();
  });
});
