import { type LabelledDraft } from '../corpus/guidance-corpus';
import { type PartSpans, sentencesHolding } from '../corpus/part-span-labels';
import { type Channel } from '../guidance.types';
import { CONNECTION, FLEXIBILITY, SELF_INTRODUCTION, WHY_YOU } from '../message-part-patterns';
import { hasSignOff } from '../sign-off';
import { type WeaklyLabelledMessage } from '../sentence-model/sentence-model-training';
import { candidateSentences, type LearnedPart } from './part-sentences';

const PATTERNS: Readonly<Record<Exclude<LearnedPart, 'parts.sign-off'>, readonly RegExp[]>> = {
  'parts.self-introduction': SELF_INTRODUCTION,
  'parts.connection': CONNECTION,
  'parts.why-you': WHY_YOU,
  'parts.flexibility': FLEXIBILITY,
};

/** Whether the hand-written rule finds the part in the body, as the check decides it. */
export function patternsFind(part: LearnedPart, body: string, channel: Channel): boolean {
  return part === 'parts.sign-off'
    ? hasSignOff(body, channel)
    : PATTERNS[part].some((pattern) => pattern.test(body));
}

/** One message labelled for a part: positive when the part is present. */
export interface PartExample extends WeaklyLabelledMessage {
  patternsFind: boolean;
}

/**
 * The corpus labels whether a part is missing; a detector learns where it is present, so a
 * message listing the rule under mustNotFire is positive and one listing it under mustFire is
 * negative. The sentence labels are those `spans` (corpus/part-spans.json) point at, where a
 * message has them; otherwise the weak ones, the sentences the patterns match (the closing lines
 * when the sign-off rule finds one). `normalise` writes out casual spellings as the check does.
 */
export function partExample(
  part: LearnedPart,
  message: LabelledDraft,
  normalise: (text: string) => string,
  spans?: PartSpans,
): PartExample | undefined {
  const missing = message.mustFire.includes(part);
  if (!missing && !message.mustNotFire.includes(part)) return undefined;
  if (message.draft.channel === 'in-person') return undefined;
  const body = normalise(message.draft.body);
  const sentences = candidateSentences(part, body);
  const found = patternsFind(part, body, message.draft.channel);
  const fragments =
    missing || part === 'parts.sign-off' ? undefined : spans?.[message.id]?.[part]?.map(normalise);
  const marked = sentencesHolding(sentences, fragments);
  const flagged =
    marked.length > 0
      ? marked
      : part === 'parts.sign-off'
        ? found
          ? [sentences.length - 1]
          : []
        : sentences.flatMap((s, index) => (PATTERNS[part].some((p) => p.test(s)) ? [index] : []));
  return { id: message.id, positive: !missing, sentences, flagged, patternsFind: found };
}
