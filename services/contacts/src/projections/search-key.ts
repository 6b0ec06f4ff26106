/** Letters that carry no combining accent to strip, spelled the way a keyboard without them would. */
const FOLDED: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
};

/** Lowercase, accents folded, punctuation to spaces: "José  O'Neil" and "jose o neil" match. */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øłđßæœþı]/g, (letter) => FOLDED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}
