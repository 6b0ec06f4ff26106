import { QuestionBankController } from './question-bank.http.controller';

export {
  QUESTION_BANK,
  QUESTION_THEMES,
  INTERVIEW_GOALS,
  type BankEntry,
  type QuestionTheme,
  type InterviewGoal,
} from './question-bank';
export {
  suggestQuestions,
  DEFAULT_SUGGESTION_LIMIT,
  type BankQuestion,
  type SuggestQuestionsInput,
} from './suggest-questions';
export {
  preparationChecklist,
  MIN_QUESTIONS,
  MAX_INTRODUCTION_WORDS,
  type PreparationInput,
  type PreparationChecklist,
  type PreparationItem,
  type PreparationKey,
} from './preparation-checklist';

/** What the interviews module lists for the question bank's routes. */
export const questionControllers = [QuestionBankController];
