import {
  LINKEDIN_NOTE_CHARACTER_LIMIT,
  TEXT_MESSAGE_CHARACTER_LIMIT,
  countCharacters,
  offsetOfCharacter,
} from './channel-limits';
import { type DraftMessage, type RuleFinding, type GuidancePolicy } from './guidance.types';
import { type WordPosition } from './word-count';

/** Length findings for the channels that have a length budget; the span covers the excess. */
export function checkLength(
  message: DraftMessage,
  policy: GuidancePolicy,
  bodyWords: readonly WordPosition[],
): RuleFinding[] {
  switch (message.channel) {
    case 'email':
      return checkEmailWordCount(bodyWords, policy);
    case 'linkedin':
      return checkCharacterLimit(message.body, LINKEDIN_NOTE_CHARACTER_LIMIT, {
        ruleId: 'linkedin.too-long',
        severity: 'error',
        message: (count) =>
          `LinkedIn will not send a connection note of ${count} characters; keep it to ${LINKEDIN_NOTE_CHARACTER_LIMIT}.`,
      });
    case 'text':
      return checkCharacterLimit(message.body, TEXT_MESSAGE_CHARACTER_LIMIT, {
        ruleId: 'text.too-long',
        severity: 'warning',
        message: (count) =>
          `At ${count} characters this text may arrive split in pieces; aim for ${TEXT_MESSAGE_CHARACTER_LIMIT} or fewer.`,
      });
    case 'phone':
    case 'in-person':
      return [];
    default:
      return assertNever(message.channel);
  }
}

function checkEmailWordCount(
  words: readonly WordPosition[],
  policy: GuidancePolicy,
): RuleFinding[] {
  const count = words.length;
  const lastWord = words.at(-1);
  if (lastWord === undefined) {
    return [];
  }
  if (count > policy.maxWords) {
    return [
      {
        ruleId: 'length.too-long',
        severity: 'error',
        message: `This request is ${count} words; your institution's limit is ${policy.maxWords}. Keep only who you are, why them and what you ask.`,
        span: excessSpan(words, policy.maxWords, lastWord),
      },
    ];
  }
  if (count > policy.warnWords) {
    return [
      {
        ruleId: 'length.long',
        severity: 'warning',
        message: `This request is ${count} words; busy people answer short requests, so aim for ${policy.warnWords} or fewer.`,
        span: excessSpan(words, policy.warnWords, lastWord),
      },
    ];
  }
  return [];
}

/** From the first word past the limit to the end of the last word. */
function excessSpan(words: readonly WordPosition[], limit: number, lastWord: WordPosition) {
  const firstExcessWord = words[limit] ?? lastWord;
  return { start: firstExcessWord.start, end: lastWord.end, field: 'body' as const };
}

interface CharacterLimitRule {
  ruleId: 'linkedin.too-long' | 'text.too-long';
  severity: 'error' | 'warning';
  message: (count: number) => string;
}

function checkCharacterLimit(body: string, limit: number, rule: CharacterLimitRule): RuleFinding[] {
  const count = countCharacters(body);
  if (count <= limit) {
    return [];
  }
  return [
    {
      ruleId: rule.ruleId,
      severity: rule.severity,
      message: rule.message(count),
      span: { start: offsetOfCharacter(body, limit), end: body.length, field: 'body' },
    },
  ];
}

function assertNever(channel: never): never {
  throw new Error(`Unknown channel: ${String(channel)}`);
}
