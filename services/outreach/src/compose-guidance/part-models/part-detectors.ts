import { z } from 'zod';
import {
  featuresFor,
  probabilityOfFeatures,
  type SentenceModel,
  sentenceModelShape,
  weightedModel,
} from '../sentence-model/sentence-model';
import {
  candidateSentences,
  LEARNED_PARTS,
  sentenceThreshold,
  type LearnedPart,
} from './part-sentences';
import { readPartModelFiles } from './part-model-files';

// null: cross-validation found the patterns alone better for that part, so it has no model.
const modelsShape = z.strictObject(
  Object.fromEntries(LEARNED_PARTS.map((part) => [part, sentenceModelShape.nullable()])) as Record<
    LearnedPart,
    z.ZodNullable<typeof sentenceModelShape>
  >,
);

type PartModels = z.output<typeof modelsShape>;
type PartDetector = { model: SentenceModel; weighted: ReturnType<typeof weightedModel> };

// Read and parsed on first use, like the job-ask classifier's (job-ask-classifier.ts): the service
// reads them at start (loadGuidanceModels), so a malformed weights file still stops it there
// rather than passing drafts.
let loaded:
  { models: PartModels; weighted: Map<LearnedPart, PartDetector | undefined> } | undefined;

function partModels(): NonNullable<typeof loaded> {
  if (loaded === undefined) {
    const models = modelsShape.parse(readPartModelFiles());
    const weighted = new Map(
      LEARNED_PARTS.map((part): [LearnedPart, PartDetector | undefined] => {
        const model = models[part];
        return [part, model === null ? undefined : { model, weighted: weightedModel(model) }];
      }),
    );
    loaded = { models, weighted };
  }
  return loaded;
}

/** Reads and validates every part's committed weights now, if they have not been read yet. */
export function loadPartModels(): void {
  partModels();
}

/**
 * Whether the learned detector finds the part in some sentence of the body (casual spellings
 * written out), at the threshold cross-validation chose for it (higher for a few shapes, see
 * `sentenceThreshold`). False for a part without a model.
 */
export function partFoundByModel(part: LearnedPart, body: string): boolean {
  const entry = partModels().weighted.get(part);
  if (entry === undefined) return false;
  return candidateSentences(part, body).some(
    (sentence) =>
      probabilityOfFeatures(entry.weighted, featuresFor(sentence, entry.model.features)) >=
      sentenceThreshold(part, sentence, entry.model.threshold),
  );
}

/** The threshold the committed model of a part uses; null when the part has no model. */
export function partModelThreshold(part: LearnedPart): number | null {
  return partModels().models[part]?.threshold ?? null;
}
