/** LinkedIn refuses a connection note longer than this, so going over is an error, not advice. */
export const LINKEDIN_NOTE_CHARACTER_LIMIT = 300;

/** Two SMS segments: beyond this a text arrives in pieces on many phones. */
export const TEXT_MESSAGE_CHARACTER_LIMIT = 320;

/**
 * Characters as a person (and LinkedIn's counter) sees them: code points, so an emoji or an
 * accented name written with a surrogate pair counts once.
 */
export function countCharacters(text: string): number {
  return Array.from(text).length;
}

/** The UTF-16 offset at which the character numbered `characterIndex` (from 0) starts. */
export function offsetOfCharacter(text: string, characterIndex: number): number {
  let offset = 0;
  let index = 0;
  for (const character of text) {
    if (index === characterIndex) {
      return offset;
    }
    offset += character.length;
    index += 1;
  }
  return text.length;
}
