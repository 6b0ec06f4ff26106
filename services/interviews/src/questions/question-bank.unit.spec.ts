import {
  INTERVIEW_GOALS,
  QUESTION_BANK,
  QUESTION_THEMES,
  type QuestionTheme,
} from './question-bank';

describe('the question bank', () => {
  it('holds at least 60 questions', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(60);
  });

  it('has no duplicate ids or texts', () => {
    const ids = QUESTION_BANK.map((entry) => entry.id);
    const texts = QUESTION_BANK.map((entry) => entry.text.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('covers every theme for every goal, with at least one question needing no placeholder', () => {
    for (const goal of INTERVIEW_GOALS) {
      for (const theme of QUESTION_THEMES) {
        const entries = QUESTION_BANK.filter(
          (entry) => entry.theme === theme && entry.goals.includes(goal),
        );
        expect(entries.length).toBeGreaterThanOrEqual(2);
        // Without any detail about the contact, every theme can still be suggested.
        expect(entries.some((entry) => !entry.text.includes('{'))).toBe(true);
      }
    }
  });

  it('uses only known placeholders, themes and goals, and questions end with a question mark', () => {
    for (const entry of QUESTION_BANK) {
      expect(entry.text.replace(/\{(organisation|role|industry)\}/g, '')).not.toMatch(/[{}]/);
      expect(QUESTION_THEMES).toContain(entry.theme);
      expect(entry.goals.length).toBeGreaterThan(0);
      for (const goal of entry.goals) expect(INTERVIEW_GOALS).toContain(goal);
      expect(entry.text.endsWith('?')).toBe(true);
    }
  });

  it('keeps ids stable: the id names the theme it was written for', () => {
    const prefix: Record<QuestionTheme, string> = {
      trends: 'trends-',
      'day-to-day': 'day-',
      'career-path': 'path-',
      skills: 'skills-',
      culture: 'culture-',
      advice: 'advice-',
      resources: 'resources-',
      'field-growth': 'growth-',
    };
    for (const entry of QUESTION_BANK) expect(entry.id.startsWith(prefix[entry.theme])).toBe(true);
  });
});
