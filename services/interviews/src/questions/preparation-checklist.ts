export interface PreparationInput {
  researchNotes?: string;
  questions: { text: string }[];
  introduction?: string;
  agenda?: string;
}

export type PreparationKey = 'research-notes' | 'questions' | 'introduction' | 'agenda';

export interface PreparationItem {
  key: PreparationKey;
  done: boolean;
  hint: string;
}

export interface PreparationChecklist {
  items: PreparationItem[];
  missing: PreparationKey[];
}

/**
 * Five questions fill a 20-minute conversation: about three minutes per answer with a follow-up,
 * plus the introduction and the closing asks. Fewer risks silence; more is fine but rarely used.
 */
export const MIN_QUESTIONS = 5;

/**
 * About 30 seconds spoken (people say 130–150 words a minute). A longer opening eats into the
 * contact's time, which is the one thing the member asked for.
 */
export const MAX_INTRODUCTION_WORDS = 75;

/** What is ready for the conversation and what is still missing, in the order one prepares. */
export function preparationChecklist(input: PreparationInput): PreparationChecklist {
  const items = [
    researchItem(input),
    questionsItem(input),
    introductionItem(input),
    agendaItem(input),
  ];
  return { items, missing: items.filter((item) => !item.done).map((item) => item.key) };
}

function researchItem({ researchNotes }: PreparationInput): PreparationItem {
  const done = hasText(researchNotes);
  return {
    key: 'research-notes',
    done,
    hint: done
      ? 'Research notes are ready: read them again just before the call.'
      : 'Note what you learnt about the person, their organisation and its recent news, so your questions go beyond what a web search answers.',
  };
}

function questionsItem({ questions }: PreparationInput): PreparationItem {
  const ready = new Set(
    questions.map((question) => question.text.trim().toLowerCase()).filter(Boolean),
  ).size;
  const done = ready >= MIN_QUESTIONS;
  return {
    key: 'questions',
    done,
    hint: done
      ? `${ready} questions ready: mark the ones you must not leave without asking.`
      : `${ready} of ${MIN_QUESTIONS} questions ready: add ${MIN_QUESTIONS - ready} more, mixing themes such as trends, day-to-day work and advice.`,
  };
}

function introductionItem({ introduction }: PreparationInput): PreparationItem {
  if (!hasText(introduction)) {
    return {
      key: 'introduction',
      done: false,
      hint: 'Write two or three sentences on who you are, what you are exploring and why this person can help.',
    };
  }
  const words = introduction.trim().split(/\s+/).length;
  const done = words <= MAX_INTRODUCTION_WORDS;
  return {
    key: 'introduction',
    done,
    hint: done
      ? 'Your introduction is short enough to say in about half a minute.'
      : `Your introduction has ${words} words; cut it to ${MAX_INTRODUCTION_WORDS} or fewer so the conversation can start quickly.`,
  };
}

function agendaItem({ agenda }: PreparationInput): PreparationItem {
  const done = hasText(agenda);
  return {
    key: 'agenda',
    done,
    hint: done
      ? 'Agenda ready: share it at the start and keep an eye on the time you asked for.'
      : 'Sketch an agenda: thanks and introduction, your main questions, then the three closing asks, within the time agreed.',
  };
}

function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim().length > 0;
}
