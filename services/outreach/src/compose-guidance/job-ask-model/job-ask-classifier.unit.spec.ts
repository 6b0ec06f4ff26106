import { checkJobLanguage } from '../job-language.rules';
import modelJson from './job-ask-model.json';
import {
  isJobAskByModel,
  jobAskProbability,
  type JobAskModel,
  supportsPhraseHit,
  supportsRuleHit,
} from './job-ask-classifier';

describe('the learned job-ask classifier', () => {
  it('was trained with a threshold chosen in (0, 1), so it can both fire and stay silent', () => {
    expect(modelJson.threshold).toBeGreaterThan(0);
    expect(modelJson.threshold).toBeLessThan(1);
    expect(Object.keys(modelJson.weights).length).toBeGreaterThan(1000);
  });

  it('gives the same sentence the same score every time (the check stays deterministic)', () => {
    const sentence = 'Would your firm ever have room for a graduate like me?';
    expect(jobAskProbability(sentence)).toBe(jobAskProbability(sentence));
  });

  it.each([
    'Any chance your team needs a junior analyst this summer?',
    'Could your company take on a graduate like me next year?',
  ])('calls %p a job ask', (sentence) => {
    expect(isJobAskByModel(sentence)).toBe(true);
  });

  it.each([
    'Do you have any openings in your calendar next week?',
    'Could you tell me how you found your way into this work?',
    'Your work on coastal erosion is what I hope to learn about.',
  ])('leaves %p alone', (sentence) => {
    expect(isJobAskByModel(sentence)).toBe(false);
  });

  it('lets a phrase or a cue stand only at or above its own support, and a model without one overrules nothing', () => {
    const model = modelJson as JobAskModel;
    const sentence = 'I saw the vacancy at your place; does your manager fill those from inside?';
    const p = jobAskProbability(sentence);
    const bare: JobAskModel = { ...model, ruleSupport: undefined, phraseSupport: undefined };
    expect(supportsPhraseHit(sentence, bare)).toBe(true);
    expect(supportsRuleHit(sentence, bare)).toBe(true);
    expect(supportsPhraseHit(sentence, { ...bare, phraseSupport: p })).toBe(true);
    expect(supportsPhraseHit(sentence, { ...bare, phraseSupport: Math.min(1, p + 1e-6) })).toBe(
      false,
    );
    expect(supportsRuleHit(sentence, { ...bare, ruleSupport: Math.min(1, p + 1e-6) })).toBe(false);
    // The phrases never need more support than the cues.
    expect(model.phraseSupport ?? 0).toBeLessThanOrEqual(model.ruleSupport ?? 0);
  });

  it('flags a sentence the rules let through only when learned asks are on, spanning the sentence', () => {
    // Seventh round: "take a punt on someone like me" now scores 0.69, under the threshold of 0.8
    // chosen with the cues' support (bench/guidance.md lists it among the misses).
    const sentence = 'Would your studio ever take a chance on someone like me?';
    const text = `Hi Ana. ${sentence} Thanks.`;
    const start = text.indexOf(sentence);
    expect(checkJobLanguage(text, 'body', false)).toEqual([]);
    expect(checkJobLanguage(text, 'body').map((f) => [f.ruleId, f.span, f.sentence])).toEqual([
      [
        'ask.job-language',
        { start, end: start + sentence.length, field: 'body' },
        { start, end: start + sentence.length, field: 'body' },
      ],
    ]);
  });
});
