import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Where each part of a request is in the training messages that have it: short fragments copied
 * from the body, inside the sentence that carries the part (seventh round; see README.md). The
 * corpus labels only whether a message has a part, so without these a detector learned from the
 * sentences its patterns matched, and every other sentence counted against the part, including
 * the new wordings it most needed to learn.
 */
const PART_WITH_SPANS = z.enum([
  'parts.self-introduction',
  'parts.connection',
  'parts.why-you',
  'parts.flexibility',
]);
export type PartWithSpans = z.output<typeof PART_WITH_SPANS>;

const spansFile = z.record(
  z.string().min(1),
  z.partialRecord(PART_WITH_SPANS, z.array(z.string().min(1)).min(1)),
);

export type PartSpans = z.output<typeof spansFile>;

/** The fragments of the training split, by message id and part (see part-spans.json). */
export function loadPartSpans(): PartSpans {
  return parsePartSpans(readFileSync(path.join(__dirname, 'part-spans.json'), 'utf8'));
}

export function parsePartSpans(text: string): PartSpans {
  return spansFile.parse(JSON.parse(text));
}

/** Lower-case words, the unit a fragment is matched in: casual spellings and folding change the rest. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether a sentence holds the fragment: its words in order, or (where the check rewrote a word,
 * "ur" as "your", "met" as "reached") all of them but one. A fragment's sentence as the detector
 * reads it, whatever was written out on the way.
 */
export function holdsFragment(sentence: string, fragment: string): boolean {
  const words = wordsOf(sentence);
  const wanted = wordsOf(fragment);
  if (wanted.length === 0) return false;
  const joined = ` ${words.join(' ')} `;
  if (joined.includes(` ${wanted.join(' ')} `)) return true;
  const present = new Set(words);
  return wanted.length >= 3 && wanted.filter((w) => !present.has(w)).length <= 1;
}

/** The indexes of the sentences that hold any of the fragments (none without fragments). */
export function sentencesHolding(
  sentences: readonly string[],
  fragments: readonly string[] | undefined,
): number[] {
  return sentences.flatMap((sentence, index) =>
    fragments?.some((fragment) => holdsFragment(sentence, fragment)) === true ? [index] : [],
  );
}
