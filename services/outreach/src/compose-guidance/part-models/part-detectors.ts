import { z } from 'zod';
import {
  featuresFor,
  probabilityOfFeatures,
  sentenceModelShape,
  weightedModel,
} from '../sentence-model/sentence-model';
import {
  candidateSentences,
  LEARNED_PARTS,
  sentenceThreshold,
  type LearnedPart,
} from './part-sentences';
import { PART_MODEL_FILES } from './part-model-files';

// null: cross-validation found the patterns alone better for that part, so it has no model.
const modelsShape = z.strictObject(
  Object.fromEntries(LEARNED_PARTS.map((part) => [part, sentenceModelShape.nullable()])) as Record<
    LearnedPart,
    z.ZodNullable<typeof sentenceModelShape>
  >,
);

// Parsed once at start: a malformed weights file should stop the service, not pass drafts.
const MODELS = modelsShape.parse(PART_MODEL_FILES);
const WEIGHTED = new Map(
  LEARNED_PARTS.map((part) => {
    const model = MODELS[part];
    return [part, model === null ? undefined : { model, weighted: weightedModel(model) }];
  }),
);

/**
 * Whether the learned detector finds the part in some sentence of the body (casual spellings
 * written out), at the threshold cross-validation chose for it (higher for a few shapes, see
 * `sentenceThreshold`). False for a part without a model.
 */
export function partFoundByModel(part: LearnedPart, body: string): boolean {
  const entry = WEIGHTED.get(part);
  if (entry === undefined) return false;
  return candidateSentences(part, body).some(
    (sentence) =>
      probabilityOfFeatures(entry.weighted, featuresFor(sentence, entry.model.features)) >=
      sentenceThreshold(part, sentence, entry.model.threshold),
  );
}

/** The threshold the committed model of a part uses; null when the part has no model. */
export function partModelThreshold(part: LearnedPart): number | null {
  return MODELS[part]?.threshold ?? null;
}
