import { type NormalisedText, normaliseCasualSpelling } from './casual-spelling';
import { type GuidanceRuleId } from './guidance-rules';
import {
  type Channel,
  type GuidancePolicy,
  type RuleFinding,
  type Suggestion,
} from './guidance.types';
import {
  CONNECTION,
  FLEXIBILITY,
  SELF_INTRODUCTION,
  WHY_YOU,
  mentionsAny,
} from './message-part-patterns';
import { partFoundByModel } from './part-models/part-detectors';
import { type LearnedPart, leavesOneSlot, sentToMany } from './part-models/part-sentences';
import { type DurationMention, findRequestedDurations } from './requested-duration';
import { findSentences, sentenceAt, type SentenceSpan } from './sentences';
import {
  callEndsNamingOnlyTheContact,
  callEndsWithoutAName,
  endsOnClosingAlone,
  hasSignOff,
} from './sign-off';

/** Requests go out by these channels; an in-person conversation has no draft to shape. */
const CHANNELS_WITH_REQUEST_PARTS: ReadonlySet<Channel> = new Set([
  'email',
  'linkedin',
  'text',
  'phone',
]);

interface WordedPart {
  ruleId: Exclude<LearnedPart, 'parts.flexibility' | 'parts.sign-off'>;
  patterns: readonly RegExp[];
  advice: string;
}

const WORDED_PARTS: readonly WordedPart[] = [
  {
    ruleId: 'parts.self-introduction',
    patterns: SELF_INTRODUCTION,
    advice:
      'Say who you are: your name, and what and where you study or work (for example "I am a final-year chemistry student at …").',
  },
  {
    ruleId: 'parts.connection',
    patterns: CONNECTION,
    advice:
      'Say early on how you came to contact them: who suggested them, where you met, or what you share (for example "Professor Lee suggested I contact you").',
  },
  {
    ruleId: 'parts.why-you',
    patterns: WHY_YOU,
    advice:
      'Say why you chose this person: the work, role or path you hope to learn from (for example "your work on …").',
  },
];

const FLEXIBILITY_ADVICE =
  'Offer to fit around their schedule (for example "at a time that suits you").';

const SIGN_OFF_ADVICE: Readonly<Record<Channel, string>> = {
  email: 'End with a courteous closing such as "Kind regards," on its own line, then your name.',
  linkedin: 'End with a short closing and your name, for example "Thank you, Sam".',
  text: 'End with a short thank-you and your name, for example "Thanks, Sam".',
  phone:
    'End the call by thanking them and saying your name again, for example "Thank you so much, it\'s Sam Rivera."',
  'in-person': 'End by thanking them for their time.',
};

/** Findings for the parts a request needs: who, how, why them, what, when, and a closing. */
export function checkMessageParts(
  body: string,
  channel: Channel,
  policy: GuidancePolicy,
): RuleFinding[] {
  if (!CHANNELS_WITH_REQUEST_PARTS.has(channel)) {
    return [];
  }
  // Whether a part is there, and what length is asked for, are read with casual spellings written
  // out ("ur talk at…" as "your talk at…"); spans and rewrites stay on the text as typed.
  const normalised = normaliseCasualSpelling(body);
  const written = normalised.text;
  const requested = requestedDurationsOf(normalised);
  const findings: RuleFinding[] = WORDED_PARTS.filter(
    (part) =>
      (part.ruleId === 'parts.why-you' && sentToMany(written)) ||
      !isPresent(part.ruleId, written, mentionsAny(written, part.patterns)),
  ).map((part) => missing(part.ruleId, part.advice));

  findings.push(...checkAskedTime(body, requested, policy));
  if (
    leavesOneSlot(written) ||
    !isPresent('parts.flexibility', written, mentionsAny(written, FLEXIBILITY))
  ) {
    const offer = offerFlexibility(body, requested);
    const finding = missing('parts.flexibility', FLEXIBILITY_ADVICE);
    findings.push(offer === undefined ? finding : { ...finding, suggestion: offer });
  }
  // An ending the rules can read for certain leaves the learned detector no say.
  const modelMayJudgeSignOff =
    !callEndsNamingOnlyTheContact(written, channel) &&
    !callEndsWithoutAName(written, channel) &&
    !endsOnClosingAlone(written, channel);
  if (!isPresent('parts.sign-off', written, hasSignOff(written, channel), modelMayJudgeSignOff)) {
    findings.push(missing('parts.sign-off', SIGN_OFF_ADVICE[channel]));
  }
  return findings;
}

/**
 * A part is there when its patterns find it or, failing them, its learned detector does
 * (part-models/), where it may judge: the patterns name the wordings we know, the detector carries
 * them over to wordings like them.
 */
function isPresent(
  part: LearnedPart,
  written: string,
  byPatterns: boolean,
  modelMayJudge = true,
): boolean {
  return byPatterns || (modelMayJudge && partFoundByModel(part, written));
}

/**
 * The lengths of time the draft asks for, read with casual spellings and dialect written out ("wi
 * ye for a whole mornin", held-out 43) but with offsets into the draft as typed.
 */
function requestedDurationsOf(normalised: NormalisedText): DurationMention[] {
  return findRequestedDurations(normalised.text).map((duration) => ({
    ...duration,
    start: normalised.sourceStart(duration.start),
    end: normalised.sourceEnd(duration.end),
  }));
}

function checkAskedTime(
  body: string,
  requested: readonly DurationMention[],
  policy: GuidancePolicy,
): RuleFinding[] {
  if (requested.length === 0) {
    return [
      missing(
        'parts.specific-ask',
        `Ask for a short conversation of a set length, for example "about ${policy.suggestedMinutes} minutes by phone or video".`,
      ),
    ];
  }
  return requested
    .filter((duration) => duration.minutes > policy.maxMinutes)
    .map(({ start, end }) => ({
      ruleId: 'parts.duration-too-long',
      severity: 'warning',
      message: `"${body.slice(start, end)}" is more than the ${policy.maxMinutes} minutes recommended; about ${policy.suggestedMinutes} minutes is easier to say yes to.`,
      span: { start, end, field: 'body' },
      suggestion: shorterAsk(body, { start, end }, policy.suggestedMinutes),
    }));
}

/**
 * The sentence with only the length of time changed, which is always safe to offer: "a 45-minute
 * call" becomes "a 20-minute call", "an hour over coffee" becomes "about 20 minutes over coffee".
 */
function shorterAsk(body: string, duration: SentenceSpan, minutes: number): Suggestion {
  const sentence = sentenceAt(findSentences(body), duration.start);
  const asAdjective = /-\s*(?:minute|min|hour|hr)$/i.test(body.slice(duration.start, duration.end));
  const shorter = asAdjective ? `${minutes}-minute` : `about ${minutes} minutes`;
  return {
    text: `${body.slice(sentence.start, duration.start)}${shorter}${body.slice(duration.end, sentence.end)}`.replace(
      /\babout about\b/i,
      'about',
    ),
    replaces: { ...sentence, field: 'body' },
  };
}

/**
 * The sentence that asks for the time, with the offer added after it: the one place an offer to
 * fit their schedule always belongs. None when the draft asks for no length of time.
 */
function offerFlexibility(
  body: string,
  requested: readonly DurationMention[],
): Suggestion | undefined {
  const [ask] = requested;
  if (ask === undefined) {
    return undefined;
  }
  const sentence = sentenceAt(findSentences(body), ask.start);
  return {
    text: `${body.slice(sentence.start, sentence.end)} I am happy to fit around your schedule.`,
    replaces: { ...sentence, field: 'body' },
  };
}

function missing(ruleId: GuidanceRuleId, message: string): RuleFinding {
  return { ruleId, severity: 'warning', message };
}
