import { z } from 'zod';
import { type FeatureOptions, sentenceFeatures } from './sentence-features';

/**
 * A logistic regression over the features of one sentence, as a trainer in this folder writes it:
 * which features it sees (so training and the check cannot disagree), the weights, and the
 * threshold chosen by cross-validation on training.
 */
export const sentenceModelShape = z.strictObject({
  trainedOn: z.string(),
  threshold: z.number().min(0).max(1),
  features: z.strictObject({
    stems: z.boolean(),
    wordPairs: z.boolean(),
    stemPairs: z.boolean(),
    charGrams: z.number().int().min(0),
    roles: z.boolean().optional(),
  }),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  // Job ask only: below this probability the classifier overrules a cue rule's hit on the
  // sentence (seventh round; chosen by the trainer like the threshold)…
  ruleSupport: z.number().min(0).max(1).optional(),
  // …and below this one a phrase rule's hit (twenty-second round; chosen with them).
  phraseSupport: z.number().min(0).max(1).optional(),
  // What the chosen setting scored out of fold (cross-validation grouped by written split), so
  // training-goals can hold the shipped check to at least that on the text it was trained on.
  outOfFold: z.strictObject({ precision: z.number(), recall: z.number() }).optional(),
});

export type SentenceModel = z.output<typeof sentenceModelShape>;

/** Weights as the trainer holds them; the check reads the same numbers from a plain object. */
export interface Weighted {
  bias: number;
  weight(feature: string): number;
}

// One Map per model, built on first use: a lookup in a Map of some 18,000 keys is cheaper than in a
// plain object of that size, and the check looks up every feature of every sentence.
const WEIGHTED = new WeakMap<SentenceModel, Weighted>();

export function weightedModel(model: SentenceModel): Weighted {
  const known = WEIGHTED.get(model);
  if (known !== undefined) return known;
  const weights = new Map(Object.entries(model.weights));
  const weighted = { bias: model.bias, weight: (feature: string) => weights.get(feature) ?? 0 };
  WEIGHTED.set(model, weighted);
  return weighted;
}

/** The probability the model gives a sentence already turned into features. */
export function probabilityOfFeatures(model: Weighted, features: readonly string[]): number {
  let z = model.bias;
  for (const feature of features) z += model.weight(feature);
  return 1 / (1 + Math.exp(-z));
}

/** The probability the model gives a sentence. */
export function sentenceProbability(model: SentenceModel, sentence: string): number {
  return probabilityOfFeatures(weightedModel(model), featuresFor(sentence, model.features));
}

// The job-ask classifier and the part detectors judge the same sentences with the same feature
// options; a few hundred recent sentences' features are kept so each is stemmed once per check.
// The cache changes no result, only how often the same work is done.
const FEATURE_CACHE_SIZE = 512;
const featureCache = new Map<string, readonly string[]>();

export function featuresFor(sentence: string, options: FeatureOptions): readonly string[] {
  const key = `${options.stems ? 1 : 0}${options.wordPairs ? 1 : 0}${options.stemPairs ? 1 : 0}${options.roles === true ? 1 : 0}${options.charGrams}|${sentence}`;
  const known = featureCache.get(key);
  if (known !== undefined) return known;
  const features = sentenceFeatures(sentence, options);
  if (featureCache.size >= FEATURE_CACHE_SIZE) {
    const oldest = featureCache.keys().next();
    if (oldest.done !== true) featureCache.delete(oldest.value);
  }
  featureCache.set(key, features);
  return features;
}
