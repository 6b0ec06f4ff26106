import { countCharacters } from '../compose-guidance';

type Piece = string | undefined | false;

/** Words joined by single spaces, leaving out absent pieces (no double spaces, no "undefined"). */
export function joinWords(...pieces: Piece[]): string {
  return present(pieces).join(' ');
}

/** Lines joined with line breaks, leaving out absent ones. */
export function joinLines(...pieces: Piece[]): string {
  return present(pieces).join('\n');
}

/** Paragraphs separated by a blank line, leaving out absent ones. */
export function joinParagraphs(...pieces: Piece[]): string {
  return present(pieces).join('\n\n');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A letter's closing above the signature lines; without any, no comma is left hanging. */
export function signOff(closing: string, ...signature: Piece[]): string {
  const lines = present(signature);
  return lines.length === 0 ? closing : joinLines(`${closing},`, ...lines);
}

/** Capitalised, and ending in exactly one full stop (or the writer's own ! ? …). */
export function asSentence(text: string): string {
  const capitalised = capitalise(text);
  return /[.!?…]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export function withoutClosingPunctuation(text: string): string {
  return text.replace(/[\s.!?]+$/, '');
}

/** "a" or "an" by the sound of the next word, for the common cases in programme names. */
export function indefiniteArticle(nextWord: string): 'a' | 'an' {
  const isAcronym = /^\p{Lu}\p{Lu}/u.test(nextWord);
  if (isAcronym) {
    // Letters whose spoken name starts with a vowel sound: "an MBA", "an LLM", but "a BSc".
    return /^[AEFHILMNORSX]/.test(nextWord) ? 'an' : 'a';
  }
  // "a university", "a European", "a one-year": a written vowel with a consonant sound.
  if (/^(?:uni|use|usu|uti|eu|one\b|once)/i.test(nextWord)) {
    return 'a';
  }
  return /^[aeiou]/i.test(nextWord) ? 'an' : 'a';
}

/**
 * The text cut to at most `maxCharacters` characters at a space or hyphen, with an ellipsis when
 * anything was cut. A single word longer than the limit is cut inside the word.
 */
export function truncateAtWord(text: string, maxCharacters: number): string {
  if (countCharacters(text) <= maxCharacters) {
    return text;
  }
  const characters = Array.from(text).slice(0, Math.max(0, maxCharacters - 1));
  const kept = characters.join('');
  const lastBreak = Math.max(kept.lastIndexOf(' '), kept.lastIndexOf('-'));
  const atWord = lastBreak > 0 ? kept.slice(0, lastBreak) : kept;
  return `${atWord.replace(/[\s,;:.-]+$/, '')}…`;
}

/** The first candidate within the limit, or undefined when none fits. */
export function firstThatFits(candidates: readonly string[], limit: number): string | undefined {
  return candidates.find((candidate) => countCharacters(candidate) <= limit);
}

function present(pieces: readonly Piece[]): string[] {
  return pieces.filter((piece): piece is string => typeof piece === 'string' && piece !== '');
}
