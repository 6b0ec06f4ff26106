export interface DurationMention {
  start: number;
  end: number;
  /** The longest time the words allow: "15–20 minutes" is 20, "an hour or two" is 120. */
  minutes: number;
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

// Longer words first, so "seventeen" is never read as "seven".
const SMALL_WORD = Object.keys(SMALL_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const TENS_WORD = Object.keys(TENS).join('|');
const NUMBER_WORD = `(?:(?:${TENS_WORD})(?:[-\\s](?:${SMALL_WORD})\\b)?|${SMALL_WORD})`;
const AMOUNT = `(?:\\d{1,3}(?:\\.\\d+)?|${NUMBER_WORD})`;
const RANGE_JOIN = `(?:\\s*[-–—]\\s*|\\s+(?:to|or)\\s+)`;

// "in 20 minutes" or "within 24 hours" says when, not how long, so it is not an ask for time.
const NOT_A_LENGTH_OF_TIME = `(?<!\\b(?:in|within|after|before|every|past|last|next)\\s+)`;

const DURATION = new RegExp(
  [
    `${NOT_A_LENGTH_OF_TIME}\\b(?:`,
    `(?<halfHour>half an hour|half-hour|half hour)`,
    `|(?<quarterHour>(?:a )?quarter of an hour|quarter-hour)`,
    `|(?<coupleOfHours>a couple of hours)`,
    `|(?<anHour>an? hour)(?<andAHalf> and a half)?(?<orTwo> or two)?`,
    `|(?<low>${AMOUNT})(?:${RANGE_JOIN}(?<high>${AMOUNT}))?[\\s-]*(?<unit>minutes?|mins?|hours?|hrs?)`,
    `)\\b`,
  ].join(''),
  'giu',
);

// Words that turn a sentence into a request: modal verbs, "spare", "available", "let me know"…
const ASK_CUE =
  /\b(?:would|could|can|might|may|will|I'd|hope|hoping|love|grateful|appreciate|welcome|spare|free|available|availability|willing|open to|happy to|glad to|let me know|if you have|do you have|possible|request|ask|asking|please|invite)\b/i;

/** Every length of time written in the text ("20 minutes", "a 15-minute call", "half an hour"). */
export function findDurationMentions(text: string): DurationMention[] {
  const mentions: DurationMention[] = [];
  for (const match of text.matchAll(DURATION)) {
    const minutes = minutesOf(match.groups ?? {});
    if (minutes !== undefined && minutes > 0) {
      mentions.push({ start: match.index, end: match.index + match[0].length, minutes });
    }
  }
  return mentions;
}

/**
 * The lengths of time the sender asks for: durations in a sentence that makes a request, so
 * "I spent an hour reading your article" is not mistaken for asking for an hour.
 */
export function findRequestedDurations(text: string): DurationMention[] {
  return findDurationMentions(text).filter((mention) =>
    isRequestSentence(sentenceAround(text, mention.start, mention.end)),
  );
}

function minutesOf(groups: Record<string, string | undefined>): number | undefined {
  if (groups['halfHour'] !== undefined) return 30;
  if (groups['quarterHour'] !== undefined) return 15;
  if (groups['coupleOfHours'] !== undefined) return 120;
  if (groups['anHour'] !== undefined) {
    if (groups['orTwo'] !== undefined) return 120;
    return groups['andAHalf'] !== undefined ? 90 : 60;
  }
  const amount = parseAmount(groups['high'] ?? groups['low']);
  if (amount === undefined) return undefined;
  const inHours = /^h/i.test(groups['unit'] ?? '');
  return inHours ? Math.round(amount * 60) : amount;
}

function parseAmount(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d/.test(text)) return Number(text);
  const [tensWord = '', unitWord] = text.toLowerCase().split(/[-\s]+/);
  const tens = TENS[tensWord];
  if (tens !== undefined) {
    return tens + (unitWord === undefined ? 0 : (SMALL_NUMBERS[unitWord] ?? 0));
  }
  return SMALL_NUMBERS[tensWord];
}

function sentenceAround(text: string, start: number, end: number): string {
  let sentenceStart = start;
  while (sentenceStart > 0 && !isSentenceEnd(text, sentenceStart - 1)) {
    sentenceStart -= 1;
  }
  let sentenceEnd = end;
  while (sentenceEnd < text.length && !isSentenceEnd(text, sentenceEnd)) {
    sentenceEnd += 1;
  }
  return text.slice(sentenceStart, Math.min(sentenceEnd + 1, text.length));
}

function isSentenceEnd(text: string, index: number): boolean {
  const character = text[index];
  return character === '.' || character === '!' || character === '?' || character === '\n';
}

function isRequestSentence(sentence: string): boolean {
  return sentence.trimEnd().endsWith('?') || ASK_CUE.test(sentence);
}
