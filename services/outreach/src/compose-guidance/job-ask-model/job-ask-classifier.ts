import { z } from 'zod';
import modelJson from './job-ask-model.json';
import { sentenceFeatures } from './sentence-features';

const modelShape = z.strictObject({
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

export type JobAskModel = z.output<typeof modelShape>;

// Parsed once at start: a malformed weights file should stop the service, not silently pass drafts.
const MODEL: JobAskModel = modelShape.parse(modelJson);

/** The probability, by the trained logistic regression, that the sentence asks for a job. */
export function jobAskProbability(sentence: string, model: JobAskModel = MODEL): number {
  let z = model.bias;
  for (const feature of sentenceFeatures(sentence, model.features)) {
    z += model.weights[feature] ?? 0;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Whether the classifier, at the threshold chosen by cross-validation on training, calls it a job ask. */
export function isJobAskByModel(sentence: string, model: JobAskModel = MODEL): boolean {
  return jobAskProbability(sentence, model) >= model.threshold;
}
