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
  }),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});

export type SentenceModel = z.output<typeof sentenceModelShape>;

/** Weights as the trainer holds them; the check reads the same numbers from a plain object. */
export interface Weighted {
  bias: number;
  weight(feature: string): number;
}

export function weightedModel(model: SentenceModel): Weighted {
  return { bias: model.bias, weight: (feature) => model.weights[feature] ?? 0 };
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

export function featuresFor(sentence: string, options: FeatureOptions): string[] {
  return sentenceFeatures(sentence, options);
}
