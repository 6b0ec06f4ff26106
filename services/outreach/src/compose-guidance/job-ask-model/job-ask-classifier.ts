import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type SentenceModel,
  sentenceModelShape,
  sentenceProbability,
} from '../sentence-model/sentence-model';

export type JobAskModel = SentenceModel;

/** A committed weights file of this folder, validated: a malformed one throws. */
function readModel(file: string): SentenceModel {
  return sentenceModelShape.parse(JSON.parse(readFileSync(path.join(__dirname, file), 'utf8')));
}

// Read and parsed on first use, not on import: the weights run to megabytes, and most code that
// imports the guidance check (every route of the service, every test that starts it) never reads
// a sentence with them. The service reads them at start (loadGuidanceModels), so a malformed file
// still stops it there rather than passing drafts.
let loaded: { classifier: JobAskModel; twin: SentenceModel } | undefined;

function models(): { classifier: JobAskModel; twin: SentenceModel } {
  loaded ??= { classifier: readModel('job-ask-model.json'), twin: readModel('twin-model.json') };
  return loaded;
}

/** The committed job-ask classifier (job-ask-model.json). */
export function jobAskModel(): JobAskModel {
  return models().classifier;
}

/** The probability, by the trained logistic regression, that the sentence asks for a job. */
export function jobAskProbability(sentence: string, model: JobAskModel = jobAskModel()): number {
  return sentenceProbability(model, sentence);
}

/** Whether the classifier, at the threshold chosen by cross-validation on training, calls it a job ask. */
export function isJobAskByModel(sentence: string, model: JobAskModel = jobAskModel()): boolean {
  return jobAskProbability(sentence, model) >= model.threshold;
}

/**
 * Whether the classifier lets a cue rule's hit on the sentence stand: it overrules the cues only
 * where it is fairly sure the sentence is no ask (below the model's rule support, chosen with its
 * threshold by cross-validation on training; a model without one overrules nothing).
 */
export function supportsRuleHit(sentence: string, model: JobAskModel = jobAskModel()): boolean {
  return model.ruleSupport === undefined || jobAskProbability(sentence, model) >= model.ruleSupport;
}

/**
 * Whether the classifier lets a phrase rule's hit on the sentence stand: the same, below the
 * model's phrase support, which is never above its rule support (a phrase names an ask more
 * plainly than a cue does). A model without one overrules no phrase.
 */
export function supportsPhraseHit(sentence: string, model: JobAskModel = jobAskModel()): boolean {
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
export function twinModel(): SentenceModel {
  return models().twin;
}

/** Whether the twin model reads the sentence as a near-miss twin: below its threshold. */
export function readsAsTwin(sentence: string, model: SentenceModel = twinModel()): boolean {
  return sentenceProbability(model, sentence) < model.threshold;
}
