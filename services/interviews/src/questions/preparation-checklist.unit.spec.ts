import {
  MAX_INTRODUCTION_WORDS,
  MIN_QUESTIONS,
  preparationChecklist,
} from './preparation-checklist';

const questions = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ text: `Question ${i + 1}?` }));

describe('preparationChecklist', () => {
  it('lists everything as missing for an empty plan, with a hint for each', () => {
    const checklist = preparationChecklist({ questions: [] });
    expect(checklist.missing).toEqual(['research-notes', 'questions', 'introduction', 'agenda']);
    for (const item of checklist.items) expect(item.hint.length).toBeGreaterThan(20);
    expect(checklist.items.find((item) => item.key === 'questions')?.hint).toContain(
      `0 of ${MIN_QUESTIONS}`,
    );
  });

  it('is complete when notes, enough questions, a short introduction and an agenda are there', () => {
    const checklist = preparationChecklist({
      researchNotes: 'Leads the analytics team; spoke at a conference in May.',
      questions: questions(MIN_QUESTIONS),
      introduction: 'I am a final-year statistics student exploring analytics in healthcare.',
      agenda: 'Thanks, introduction, five questions, three closing asks.',
    });
    expect(checklist.missing).toEqual([]);
    expect(checklist.items.every((item) => item.done)).toBe(true);
  });

  it('needs distinct non-blank questions: repeats and blanks do not count', () => {
    const plan = [...questions(MIN_QUESTIONS - 1), { text: 'question 1?' }, { text: '   ' }];
    const checklist = preparationChecklist({ questions: plan });
    expect(checklist.missing).toContain('questions');
    expect(checklist.items.find((item) => item.key === 'questions')?.hint).toContain('add 1 more');
  });

  it('treats whitespace-only notes and agenda as missing', () => {
    const checklist = preparationChecklist({
      researchNotes: ' \n',
      agenda: '\t',
      questions: questions(6),
    });
    expect(checklist.missing).toEqual(['research-notes', 'introduction', 'agenda']);
  });

  it('flags an introduction too long for a 20-minute conversation, and accepts one at the limit', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    const long = preparationChecklist({
      questions: [],
      introduction: words(MAX_INTRODUCTION_WORDS + 1),
    });
    const item = long.items.find((entry) => entry.key === 'introduction');
    expect(item?.done).toBe(false);
    expect(item?.hint).toContain(`${MAX_INTRODUCTION_WORDS + 1} words`);
    const atLimit = preparationChecklist({
      questions: [],
      introduction: words(MAX_INTRODUCTION_WORDS),
    });
    expect(atLimit.missing).not.toContain('introduction');
  });
});
