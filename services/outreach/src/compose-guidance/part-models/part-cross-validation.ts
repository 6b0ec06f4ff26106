import { normaliseCasualSpelling } from '../casual-spelling';
import { type LabelledDraft } from '../corpus/guidance-corpus';
import { matchableText } from '../matchable-text';
import {
  crossValidate,
  type OutOfFold,
  type TrainingSettings,
} from '../sentence-model/sentence-model-training';
import { partExample, type PartExample } from './part-labels';
import { type LearnedPart } from './part-sentences';

export const PART_FOLDS = 5;

export const PART_SETTINGS: TrainingSettings = {
  features: { stems: true, wordPairs: true, stemPairs: true, charGrams: 4 },
  epochs: 30,
  learningRate: 0.1,
  l2: 1e-4,
  // Most messages have each part, so the positives are not rare; no extra weight.
  positiveWeight: 1,
};

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
): PartExample[] {
  const normalise = writeOut
    ? (t: string) => normaliseCasualSpelling(matchableText(t)).text
    : matchableText;
  return corpus.flatMap((m) => partExample(part, m, normalise) ?? []);
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

export function crossValidatePart(examples: readonly PartExample[]): OutOfFold[] {
  return crossValidate(examples, PART_SETTINGS, PART_FOLDS);
}
