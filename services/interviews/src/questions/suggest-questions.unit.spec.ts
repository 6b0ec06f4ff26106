import { QUESTION_THEMES } from './question-bank';
import { DEFAULT_SUGGESTION_LIMIT, suggestQuestions } from './suggest-questions';

const contact = { organisation: 'Northwind Health', role: 'data analyst', industry: 'healthcare' };

describe('suggestQuestions', () => {
  it('gives eight questions by default, one per theme', () => {
    const questions = suggestQuestions({ goal: 'occupation', ...contact });
    expect(questions).toHaveLength(DEFAULT_SUGGESTION_LIMIT);
    expect(new Set(questions.map((question) => question.theme))).toEqual(new Set(QUESTION_THEMES));
  });

  it('is deterministic', () => {
    const input = { goal: 'organisation' as const, ...contact, limit: 20 };
    expect(suggestQuestions(input)).toEqual(suggestQuestions({ ...input }));
  });

  it('fills placeholders from the contact and prefers questions that name it', () => {
    const questions = suggestQuestions({ goal: 'organisation', ...contact, limit: 8 });
    expect(questions.some((question) => question.text.includes('Northwind Health'))).toBe(true);
    for (const question of questions) expect(question.text).not.toMatch(/[{}]/);
    const culture = questions.find((question) => question.theme === 'culture');
    expect(culture?.text).toBe(
      'How would you describe the culture at Northwind Health to a friend?',
    );
  });

  it('writes "an" before a role that starts with a vowel', () => {
    const questions = suggestQuestions({ goal: 'occupation', role: 'engineer', limit: 80 });
    const skills = questions.find((question) => question.id === 'skills-01');
    expect(skills?.text).toBe('Which skills separate a good engineer from an excellent one?');
    expect(questions.find((question) => question.id === 'path-02')?.text).toBe(
      'What are the usual ways people become an engineer?',
    );
  });

  it('drops questions whose placeholder has no value, including blank values', () => {
    const questions = suggestQuestions({ goal: 'industry', industry: '  ', limit: 100 });
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.text).not.toMatch(/[{}]/);
    expect(questions.map((question) => question.id)).not.toContain('trends-01');
  });

  it('keeps themes even as the limit grows: no theme is two ahead of another', () => {
    for (const limit of [3, 8, 13, 16, 24]) {
      const questions = suggestQuestions({ goal: 'industry', ...contact, limit });
      expect(questions).toHaveLength(limit);
      const counts = QUESTION_THEMES.map(
        (theme) => questions.filter((question) => question.theme === theme).length,
      );
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('only suggests questions tagged with the goal, each once', () => {
    const questions = suggestQuestions({ goal: 'occupation', ...contact, limit: 200 });
    for (const question of questions) expect(question.goals).toContain('occupation');
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
  });

  it('returns nothing for a limit of zero and refuses a negative or fractional one', () => {
    expect(suggestQuestions({ goal: 'industry', limit: 0 })).toEqual([]);
    expect(() => suggestQuestions({ goal: 'industry', limit: -1 })).toThrow(RangeError);
    expect(() => suggestQuestions({ goal: 'industry', limit: 2.5 })).toThrow(RangeError);
  });

  it('hands out copies: changing a suggestion does not change the bank', () => {
    const first = suggestQuestions({ goal: 'industry' })[0];
    first?.goals.push('changed');
    expect(first?.goals).toContain('changed');
    expect(suggestQuestions({ goal: 'industry' })[0]?.goals).not.toContain('changed');
  });
});
