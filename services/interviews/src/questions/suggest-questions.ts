import {
  QUESTION_BANK,
  QUESTION_THEMES,
  type BankEntry,
  type InterviewGoal,
} from './question-bank';

export interface BankQuestion {
  id: string;
  text: string;
  theme: string;
  goals: string[];
}

export interface SuggestQuestionsInput {
  goal: InterviewGoal;
  organisation?: string;
  role?: string;
  industry?: string;
  limit?: number;
}

/** Eight is one question per theme, and about what a 20-minute conversation can hold. */
export const DEFAULT_SUGGESTION_LIMIT = 8;

const PLACEHOLDER = /\{(organisation|role|industry)\}/g;
type Placeholder = 'organisation' | 'role' | 'industry';

/**
 * Questions for one conversation: those tagged with the member's goal whose placeholders can all
 * be filled, taken round-robin over the themes so no theme crowds out the others. Within a theme,
 * questions that name this contact's organisation, role or industry come first (they show the
 * member did their homework), then the bank's order. No clock, no randomness: the same input always
 * gives the same list.
 */
export function suggestQuestions(input: SuggestQuestionsInput): BankQuestion[] {
  const limit = input.limit ?? DEFAULT_SUGGESTION_LIMIT;
  if (!Number.isInteger(limit) || limit < 0)
    throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  const values = placeholderValues(input);
  const byTheme = QUESTION_THEMES.map((theme) =>
    QUESTION_BANK.filter((entry) => entry.theme === theme && entry.goals.includes(input.goal))
      .map((entry) => fill(entry, values))
      .filter((entry): entry is Filled => entry !== undefined)
      .sort((a, b) => Number(b.personal) - Number(a.personal)),
  );
  const picked: BankQuestion[] = [];
  for (let round = 0; picked.length < limit; round += 1) {
    const row = byTheme.flatMap((list) => list.slice(round, round + 1));
    if (row.length === 0) break;
    for (const entry of row.slice(0, limit - picked.length)) picked.push(entry.question);
  }
  return picked;
}

interface Filled {
  question: BankQuestion;
  personal: boolean;
}

function placeholderValues(input: SuggestQuestionsInput): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = {};
  for (const key of ['organisation', 'role', 'industry'] as const) {
    const value = input[key]?.trim();
    if (value) values[key] = value;
  }
  return values;
}

/** The entry with every placeholder replaced, or undefined when one has no value to take. */
function fill(entry: BankEntry, values: Partial<Record<Placeholder, string>>): Filled | undefined {
  const names = [...entry.text.matchAll(PLACEHOLDER)].map((match) => match[1] as Placeholder);
  if (names.some((name) => values[name] === undefined)) return undefined;
  const text = entry.text
    // "a {role}" must read "an engineer" when the role starts with a vowel sound we can see.
    .replace(
      /\ba \{(organisation|role|industry)\}/g,
      (_, name: Placeholder) => `${article(values[name] ?? '')} {${name}}`,
    )
    .replace(PLACEHOLDER, (_, name: Placeholder) => values[name] ?? '');
  return {
    question: { id: entry.id, text, theme: entry.theme, goals: [...entry.goals] },
    personal: names.length > 0,
  };
}

function article(word: string): 'a' | 'an' {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
