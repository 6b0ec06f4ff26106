import { sentenceFeatures } from './sentence-features';

const ALL = { stems: true, wordPairs: true, stemPairs: true, charGrams: 4 };

describe('the job-ask classifier’s sentence features', () => {
  it('gives inflections of one word a shared stem, so a weight learned on one carries to the others', () => {
    const stems = (sentence: string) =>
      sentenceFeatures(sentence, ALL).filter((feature) => feature.startsWith('~hire'));
    expect(stems('Are you hiring?')).toContain('~hire');
    expect(stems('Could you hire me?')).toContain('~hire');
    expect(stems('I was hired last year.')).toContain('~hire');
  });

  it('shares character n-grams between a word and its longer relatives', () => {
    const grams = (sentence: string) =>
      new Set(sentenceFeatures(sentence, ALL).filter((feature) => feature.startsWith('#')));
    const labourer = grams('an extra labourer');
    expect([...grams('some labour')].filter((gram) => labourer.has(gram))).toContain('#<lab');
  });

  it('adds only the kinds of feature the options ask for', () => {
    const plain = sentenceFeatures('Need a new apprentice?', {
      stems: false,
      wordPairs: true,
      stemPairs: false,
      charGrams: 0,
    });
    expect(plain).toEqual(expect.arrayContaining(['need', '<s> need', 'apprentice <?>']));
    expect(plain.some((feature) => /^[~#]/.test(feature))).toBe(false);
  });
});
