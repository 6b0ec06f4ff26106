import { normaliseCasualSpelling } from '../casual-spelling';
import { type LabelledDraft } from '../corpus/guidance-corpus';
import { writtenSplitOf } from '../corpus/written-splits';
import { classifierMayJudge } from '../job-ask-cues';
import { checkJobLanguage } from '../job-language.rules';
import { matchableText } from '../matchable-text';
import { findSentences } from '../sentences';
import { type FeatureOptions } from '../sentence-model/sentence-features';
import {
  crossValidate,
  crossValidateByGroup,
  type OutOfFold,
  type TrainingSettings,
  type WeaklyLabelledMessage,
} from '../sentence-model/sentence-model-training';

export const JOB_ASK_FOLDS = 5;
// The precision the classifier alone must keep in cross-validation: the rule's goal. The phrase
// and cue rules raise almost no false alarms of their own, so the two together stay near it.
export const PRECISION_FLOOR = 0.95;
// Chosen by cross-validation on training (recall at precision >= 0.95, out of fold, 699 messages):
// words and word pairs alone 0.70; with stems and stem pairs, 0.80 adding character 3-grams and
// 0.81 adding 4-grams; 5-grams and marking words after a negation did not help. Another set can be
// tried without editing: JOB_ASK_FEATURES='{"stems":true,...}' with --cross-validate-only.
const CHOSEN_FEATURES: FeatureOptions = {
  stems: true,
  wordPairs: true,
  stemPairs: true,
  charGrams: 4,
};
const FEATURES: FeatureOptions =
  process.env['JOB_ASK_FEATURES'] === undefined
    ? CHOSEN_FEATURES
    : (JSON.parse(process.env['JOB_ASK_FEATURES']) as FeatureOptions);

export const JOB_ASK_SETTINGS: TrainingSettings = {
  features: FEATURES,
  epochs: 40,
  learningRate: 0.1,
  l2: 1e-4,
  // Asks are about one sentence in fifteen; weighting them up trades a little precision for recall.
  positiveWeight: 3,
};

/** A message labelled for the job-ask rule, its sentences as the check reads them. */
export function jobAskExample(message: LabelledDraft): WeaklyLabelledMessage | undefined {
  const isAsk = message.mustFire.includes('ask.job-language');
  if (!isAsk && !message.mustNotFire.includes('ask.job-language')) return undefined;
  const fields = [message.draft.subject, message.draft.body].filter(
    (text): text is string => text !== undefined,
  );
  const sentences: string[] = [];
  const flagged: number[] = [];
  for (const raw of fields) {
    // The check reads sentences with casual spellings written out, so the model learns on them.
    const text = normaliseCasualSpelling(matchableText(raw)).text;
    const spans = findSentences(text);
    const findings = checkJobLanguage(text, 'body', false);
    spans.forEach((span, index) => {
      if (
        findings.some(
          (f) => f.span !== undefined && f.span.start >= span.start && f.span.start < span.end,
        )
      ) {
        flagged.push(sentences.length + index);
      }
    });
    sentences.push(...spans.map((span) => text.slice(span.start, span.end)));
  }
  return { id: message.id, positive: isAsk, sentences, flagged };
}

/** Each labelled message scored by a model trained without its fold; denials are never flagged. */
export function crossValidateJobAsk(examples: readonly WeaklyLabelledMessage[]): OutOfFold[] {
  return crossValidate(examples, JOB_ASK_SETTINGS, JOB_ASK_FOLDS, classifierMayJudge);
}

/** The same, each message judged by a classifier trained on the other written splits only. */
export function crossValidateJobAskBySplit(
  examples: readonly WeaklyLabelledMessage[],
): OutOfFold[] {
  return crossValidateByGroup(
    examples,
    JOB_ASK_SETTINGS,
    (message) => writtenSplitOf(message.id),
    classifierMayJudge,
  );
}

/** Whether the phrase and cue rules flag the message (the check's first two looks). */
export function rulesFlag(o: OutOfFold): boolean {
  return o.message.flagged.length > 0;
}
