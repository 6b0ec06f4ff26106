import modelJson from './job-ask-model.json';
import twinJson from './twin-model.json';
import {
  type SentenceModel,
  sentenceModelShape,
  sentenceProbability,
} from '../sentence-model/sentence-model';

export type JobAskModel = SentenceModel;

// Parsed once at start: a malformed weights file should stop the service, not silently pass drafts.
const MODEL: JobAskModel = sentenceModelShape.parse(modelJson);

/** The probability, by the trained logistic regression, that the sentence asks for a job. */
export function jobAskProbability(sentence: string, model: JobAskModel = MODEL): number {
  return sentenceProbability(model, sentence);
}

/** Whether the classifier, at the threshold chosen by cross-validation on training, calls it a job ask. */
export function isJobAskByModel(sentence: string, model: JobAskModel = MODEL): boolean {
  return jobAskProbability(sentence, model) >= model.threshold;
}

/**
 * Whether the classifier lets a cue rule's hit on the sentence stand: it overrules the cues only
 * where it is fairly sure the sentence is no ask (below the model's rule support, chosen with its
 * threshold by cross-validation on training; a model without one overrules nothing).
 */
export function supportsRuleHit(sentence: string, model: JobAskModel = MODEL): boolean {
  return model.ruleSupport === undefined || jobAskProbability(sentence, model) >= model.ruleSupport;
}

/**
 * Whether the classifier lets a phrase rule's hit on the sentence stand: the same, below the
 * model's phrase support, which is never above its rule support (a phrase names an ask more
 * plainly than a cue does). A model without one overrules no phrase.
 */
export function supportsPhraseHit(sentence: string, model: JobAskModel = MODEL): boolean {
  return (
    model.phraseSupport === undefined || jobAskProbability(sentence, model) >= model.phraseSupport
  );
}

/**
 * The twin model (train-twin-model.ts), trained on nothing but the sentences that ask and the
 * changed lines of the twins written right after asks: the one line that tells them apart. Its
 * threshold, rule support and phrase support are where it reads a sentence as a twin, for the
 * classifier's own flags, the cues' hits and the phrases' (job-language.rules.ts).
 */
export const twinModel: SentenceModel = sentenceModelShape.parse(twinJson);

/** Whether the twin model reads the sentence as a near-miss twin: below its threshold. */
export function readsAsTwin(sentence: string, model: SentenceModel = twinModel): boolean {
  return sentenceProbability(model, sentence) < model.threshold;
}
