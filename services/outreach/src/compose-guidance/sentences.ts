import { type TextSpan } from './guidance.types';

export type SentenceSpan = Omit<TextSpan, 'field'>;

// Titles and Latin abbreviations end in a full stop without ending the sentence: "Dr. Lee suggested…".
const ABBREVIATION =
  /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Jr|St|Capt|Rev|Hon|Gen|Col|Lt|Mt|No|vs|etc|approx|dept|e\.g|i\.e|a\.m|p\.m)\.$/i;

/**
 * The sentences of a draft, as spans without their surrounding spaces. A sentence ends at a full
 * stop, question or exclamation mark followed by a space or the end (but not after a title such
 * as "Dr."), and at every line break: greetings, closings and list items stand on lines of their
 * own in a request, and a dash or comma never ends one.
 */
export function findSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const character = text[index];
    const atEnd = index === text.length || character === '\n';
    const afterStop =
      (character === '.' || character === '!' || character === '?') &&
      (index + 1 === text.length || /\s|["')\]]/.test(text[index + 1] ?? '')) &&
      !ABBREVIATION.test(text.slice(Math.max(0, index - 6), index + 1));
    if (atEnd || afterStop) {
      const end = atEnd ? index : index + 1;
      pushTrimmed(sentences, text, start, end);
      start = end;
    }
  }
  return sentences;
}

/** The sentence that holds the offset, or the whole text when it holds none (an empty text). */
export function sentenceAt(sentences: readonly SentenceSpan[], offset: number): SentenceSpan {
  return (
    sentences.find((sentence) => offset >= sentence.start && offset < sentence.end) ??
    sentences.at(-1) ?? { start: 0, end: 0 }
  );
}

function pushTrimmed(sentences: SentenceSpan[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  if (to > from) sentences.push({ start: from, end: to });
}
