export interface WordPosition {
  start: number;
  end: number;
}

// Letters or digits, joined by inner apostrophes or hyphens: "I'm", "15-minute" and "co-op" are
// one word each, as a reader would count them.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function findWords(text: string): WordPosition[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}
