import { normaliseCasualSpelling } from '../casual-spelling';
import { type LabelledDraft } from '../corpus/guidance-corpus';
import { matchableText } from '../matchable-text';
import { type PartSpans } from '../corpus/part-span-labels';
import { writtenSplitOf } from '../corpus/written-splits';
import {
  crossValidate,
  crossValidateByGroup,
  type OutOfFold,
  THRESHOLDS,
  type TrainingSettings,
} from '../sentence-model/sentence-model-training';
import { partExample, type PartExample } from './part-labels';
import { type LearnedPart } from './part-sentences';

export const PART_FOLDS = 5;

/**
 * The thresholds a part detector is tried at: the shared 0.05 … 0.95 and, below them, the low
 * ones at which the detector counts a part as present on the faintest evidence, where a new
 * writer's connections and reasons are read most precisely (split-grouped cross-validation, fifth
 * round: connection 0.72 at 0.05, 0.90 at 0.01).
 */
export const PART_THRESHOLDS: readonly number[] = [
  0.003,
  0.01,
  0.02,
  0.03,
  ...THRESHOLDS,
  0.97,
  0.99,
];

export const PART_SETTINGS: TrainingSettings = {
  features: { stems: true, wordPairs: true, stemPairs: true, charGrams: 4 },
  epochs: 30,
  learningRate: 0.1,
  l2: 1e-4,
  // Most messages have each part, so the positives are not rare; no extra weight.
  positiveWeight: 1,
};

// The parts whose detectors also see who does what to whom (sentence-features.ts `roleFeatures`).
// Sixth round, cross-validation grouped by written split (1,210 messages), best recall of
// "missing" at precision ≥ 0.9, without / with roles: connection 0.433 / 0.533, sign-off
// 0.854 / 0.958; self-introduction 0.941 / 0.912, why-you 0.826 / 0.812 and flexibility
// 1.00 / 0.988 did better without, so they keep the words alone.
const PARTS_WITH_ROLES: ReadonlySet<LearnedPart> = new Set(['parts.connection', 'parts.sign-off']);

/** The training settings of a part's detector. */
export function partSettings(part: LearnedPart): TrainingSettings {
  return PARTS_WITH_ROLES.has(part)
    ? { ...PART_SETTINGS, features: { ...PART_SETTINGS.features, roles: true } }
    : PART_SETTINGS;
}

/** Precision and recall of a part rule's "missing" finding, with the counts behind them. */
export interface MissingScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** The messages labelled for a part, read as the check reads them (casual spellings written out). */
export function partExamples(
  part: LearnedPart,
  corpus: readonly LabelledDraft[],
  writeOut = true,
  spans?: PartSpans,
): PartExample[] {
  const normalise = writeOut
    ? (t: string) => normaliseCasualSpelling(matchableText(t)).text
    : matchableText;
  return corpus.flatMap((m) => partExample(part, m, normalise, spans) ?? []);
}

export function missingScore(
  examples: readonly { missing: boolean; found: boolean }[],
): MissingScore {
  const truePositives = examples.filter((e) => e.missing && !e.found).length;
  const falsePositives = examples.filter((e) => !e.missing && !e.found).length;
  const falseNegatives = examples.filter((e) => e.missing && e.found).length;
  return {
    precision:
      truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall:
      truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
    truePositives,
    falsePositives,
    falseNegatives,
  };
}

/** The rule by its patterns alone. */
export function patternsScore(examples: readonly PartExample[]): MissingScore {
  return missingScore(examples.map((e) => ({ missing: !e.positive, found: e.patternsFind })));
}

/** The rule as the check applies it, out of fold: missing when neither patterns nor model find it. */
export function partScoreAt(
  outOfFold: readonly OutOfFold[],
  threshold: number | null,
): MissingScore {
  return missingScore(
    outOfFold.map((o) => ({
      missing: !o.message.positive,
      found:
        (o.message as PartExample).patternsFind || (threshold !== null && o.score >= threshold),
    })),
  );
}

export function crossValidatePart(
  part: LearnedPart,
  examples: readonly PartExample[],
): OutOfFold[] {
  return crossValidate(examples, partSettings(part), PART_FOLDS);
}

/** Each message judged by detectors trained on the other written splits only (see written-splits.ts). */
export function crossValidatePartBySplit(
  part: LearnedPart,
  examples: readonly PartExample[],
): OutOfFold[] {
  return crossValidateByGroup(examples, partSettings(part), (message) =>
    writtenSplitOf(message.id),
  );
}
