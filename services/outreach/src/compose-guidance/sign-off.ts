import { type Channel } from './guidance.types';

const CLOSING_PHRASE =
  '(?:(?:with )?(?:best|kind|kindest|warm|warmest|many) (?:regards|wishes|thanks)|best|regards|(?:yours )?(?:sincerely|truly|faithfully)|(?:yours )?gratefully|(?:many |with )?thanks|thank you|(?:all )?the best|cheers|ta|respectfully|with (?:gratitude|appreciation))';

// A closing on a line of its own ("Kind regards," / "Thank you for your time,"): short and with
// no comma inside, so "Thanks to your article, I changed…" above a name does not count.
const CLOSING_LINE = new RegExp(`^${CLOSING_PHRASE}\\b[^,\\n]{0,50}[,.!]?$`, 'i');

// A name line under the closing: one to five words, starting with a capital, no sentence
// punctuation ("Sam Rivera", "Dr. Priya Nair", "Jean-Luc O'Neill").
const NAME = `\\p{Lu}[\\p{L}'.\\-]*(?:[ \\t]+[\\p{L}'.\\-]+){0,4}`;
const NAME_LINE = new RegExp(`^${NAME}$`, 'u');

// Short notes close on the same line: "…at your convenience? Thank you, Sam".
const CLOSING_AND_NAME_AT_END = new RegExp(
  `(?:^|[.!?)][ \\t]+|\\n)${CLOSING_PHRASE}\\b[^.!?\\n]{0,60}?(?:[,!.][ \\t]*[-–—]?|[ \\t]*[-–—])[ \\t]*\\n?[ \\t]*(?<name>${NAME})\\s*$`,
  'iu',
);
// The case-insensitive match above accepts any letter; a name still starts with a capital.
const STARTS_WITH_CAPITAL = /^\p{Lu}/u;

// A text often closes with no comma at all: "…sometime? cheers Ryan".
const INFORMAL_CLOSING_AND_NAME =
  /(?:^|[.!?)][ \t]+|\n)(?:cheers|thanks|thx|ta|thank you|best)[ \t]+(?<name>\p{Lu}\p{Ll}+)\s*$/iu;

// Said aloud, a script ends with thanks; nobody signs a phone call with their name.
const SPOKEN_THANKS =
  /\b(?:thank you|thanks|cheers|much appreciated|I appreciate|I'd appreciate|I really appreciate)\b/i;
const SPOKEN_ENDING_LENGTH = 160;

// The closing belongs near the end: a signature below the name is fine, a paragraph is not.
const MAX_LINES_AFTER_CLOSING = 6;

/** Whether the message ends the way its channel expects: closing, then the sender's name. */
export function hasSignOff(body: string, channel: Channel): boolean {
  switch (channel) {
    case 'email':
      return hasClosingAboveNameLine(body);
    case 'linkedin':
    case 'text':
      return hasClosingAboveNameLine(body) || endsWithClosingAndName(body);
    case 'phone':
      return SPOKEN_THANKS.test(body.trimEnd().slice(-SPOKEN_ENDING_LENGTH));
    case 'in-person':
      return true;
    default:
      return assertNever(channel);
  }
}

function hasClosingAboveNameLine(body: string): boolean {
  const lines = body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const firstCandidate = Math.max(0, lines.length - MAX_LINES_AFTER_CLOSING - 1);
  for (let index = firstCandidate; index < lines.length - 1; index += 1) {
    const closing = lines[index] ?? '';
    const name = lines[index + 1] ?? '';
    if (CLOSING_LINE.test(closing) && NAME_LINE.test(name) && !CLOSING_LINE.test(name)) {
      return true;
    }
  }
  return false;
}

function endsWithClosingAndName(body: string): boolean {
  const ending = body.trimEnd();
  const name =
    CLOSING_AND_NAME_AT_END.exec(ending)?.groups?.['name'] ??
    INFORMAL_CLOSING_AND_NAME.exec(ending)?.groups?.['name'];
  return name !== undefined && STARTS_WITH_CAPITAL.test(name);
}

function assertNever(channel: never): never {
  throw new Error(`Unknown channel: ${String(channel)}`);
}
