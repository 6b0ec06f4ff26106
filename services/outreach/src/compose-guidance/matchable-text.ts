/**
 * The same text with typographic variants folded to their plain forms (curly apostrophes and
 * quotes, non-breaking spaces), one code unit for one code unit, so every offset found in the
 * result is also an offset into the original text.
 */
export function matchableText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u00A0\u202F]/g, ' ');
}
