import { roleFeatures, sentenceFeatures } from './sentence-features';

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

describe('who does what to whom (roleFeatures)', () => {
  it('writes people as roles, so a connection told with other names shares its features', () => {
    expect(roleFeatures('Your brother-in-law Karim cut my hair on Saturday.')).toEqual(
      expect.arrayContaining(['@you @kin', '@name ~cut', '~cut @me', '@me+@you']),
    );
    expect(roleFeatures('Amira taught me at Leeds.')).toEqual(
      expect.arrayContaining(['~taught @me', '@me+@name']),
    );
  });

  it('tells "we met at the fair" from "we met our deadline" by what follows the verb', () => {
    const deadline = roleFeatures('We just met our deadline.');
    expect(deadline).toEqual(expect.arrayContaining(['@we ~met', '~met @we', '@we alone']));
    expect(roleFeatures('We met at the careers fair.')).not.toContain('~met @we');
  });

  it('is added only when the options ask for it', () => {
    const without = sentenceFeatures('You reviewed my paper.', ALL);
    const withRoles = sentenceFeatures('You reviewed my paper.', { ...ALL, roles: true });
    expect(without.some((feature) => feature.startsWith('@'))).toBe(false);
    expect(withRoles).toEqual(expect.arrayContaining(['@you ~review', '~review @me']));
  });
});
