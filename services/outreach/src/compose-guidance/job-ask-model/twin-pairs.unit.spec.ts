import { type LabelledDraft } from '../corpus/guidance-corpus';
import { loadGuidanceCorpus } from '../corpus/guidance-corpus';
import { loadJobAskSpans } from '../corpus/job-ask-span-labels';
import twinJson from './twin-model.json';
import { readsAsTwin } from './job-ask-classifier';
import { twinPairs } from './twin-pairs';

function message(id: string, asks: boolean, body: string): LabelledDraft {
  return {
    id,
    register: 'casual',
    draft: { channel: 'text', body },
    mustFire: asks ? ['ask.job-language'] : [],
    mustNotFire: asks ? [] : ['ask.job-language'],
  };
}

const opening = 'hiya Sam, Jo here from the rowing club.';
const closing = '20 mins on the phone some night? cheers, Jo';

describe('twinPairs', () => {
  it('pairs an ask with the twin after it by the lines that differ, the marked ones on the ask side', () => {
    const ask = message(
      'x001',
      true,
      `${opening} could ur boss hear im keen on the summer shifts? ${closing}`,
    );
    const twin = message(
      'x002',
      false,
      `${opening} does ur boss use students on the summer shifts? ${closing}`,
    );
    expect(twinPairs([ask, twin], { x001: ['ur boss hear im keen'] })).toEqual([
      {
        id: 'x001',
        asking: ["could your boss hear I'm keen on the summer shifts?"],
        twin: ['does your boss use students on the summer shifts?'],
      },
    ]);
  });

  it('makes no pair of an ask with no marked sentence, of two asks, or of messages that differ throughout', () => {
    const ask = message('x001', true, `${opening} could ur boss hear im keen? ${closing}`);
    const twin = message('x002', false, `${opening} does ur boss use students? ${closing}`);
    const other = message(
      'x003',
      false,
      'Dear Dr Lee, I am writing about ecology. Might we talk? Best, Ann',
    );
    expect(twinPairs([ask, twin], {})).toEqual([]);
    expect(twinPairs([ask, ask], { x001: ['ur boss hear im keen'] })).toEqual([]);
    expect(twinPairs([ask, other], { x001: ['ur boss hear im keen'] })).toEqual([]);
  });

  it('finds thousands of pairs in training, each ask sentence marked and each twin line its own', () => {
    const pairs = twinPairs(loadGuidanceCorpus('training'), loadJobAskSpans());
    expect(pairs.length).toBeGreaterThan(3000);
    for (const pair of pairs.slice(0, 200)) {
      expect(pair.asking.some((sentence) => pair.twin.includes(sentence))).toBe(false);
    }
  });
});

describe('the twin model', () => {
  it('was trained with a veto line in (0, 1)', () => {
    expect(twinJson.threshold).toBeGreaterThan(0);
    expect(twinJson.threshold).toBeLessThan(1);
    expect(Object.keys(twinJson.weights).length).toBeGreaterThan(1000);
    // A phrase names the ask more plainly than a cue or the classifier: it needs less support.
    expect(twinJson.phraseSupport).toBeLessThanOrEqual(twinJson.ruleSupport);
    expect(twinJson.ruleSupport).toBe(twinJson.threshold);
  });

  // Held-out 51's asks and twins (in training since the thirty-fourth round): the one line apart
  // it learns to tell. How it does on splits it never saw is the replay in bench/guidance.md.
  it.each([
    'When Calder Weather takes on its trainee forecasters next autumn, does whoever leads that intake ever choose anyone past sixty?',
    'And has the department got paid shifts for student helpers over summer, or is your boss not bothered?',
  ])('reads the twin %p as a twin', (sentence) => {
    expect(readsAsTwin(sentence)).toBe(true);
  });

  it.each([
    'When Calder Weather takes on its trainee forecasters next autumn, might whoever leads that intake learn from your lips how I long for a place?',
    'And if the department has ever got paid shifts for student helpers over summer, might you steer your boss towards me?',
  ])('lets the ask %p stand', (sentence) => {
    expect(readsAsTwin(sentence)).toBe(false);
  });
});
