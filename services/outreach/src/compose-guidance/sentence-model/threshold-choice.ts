import { type OutOfFold, THRESHOLDS } from './sentence-model-training';

export interface ThresholdRow {
  threshold: number;
  precision: number;
  recall: number;
  falsePositives: number;
}

/** Precision and recall of "score ≥ t" as a finding of the positive class, out of fold. */
export function thresholdRow(
  outOfFold: readonly OutOfFold[],
  threshold: number,
  rulesFind: (o: OutOfFold) => boolean = () => false,
): ThresholdRow {
  const found = (o: OutOfFold) => rulesFind(o) || o.score >= threshold;
  const tp = outOfFold.filter((o) => o.message.positive && found(o)).length;
  const fp = outOfFold.filter((o) => !o.message.positive && found(o)).length;
  const positives = outOfFold.filter((o) => o.message.positive).length;
  return {
    threshold,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: positives === 0 ? 1 : tp / positives,
    falsePositives: fp,
  };
}

/** The table a trainer prints: the model alone, and the rules or the model together. */
export function printThresholdTable(
  outOfFold: readonly OutOfFold[],
  rulesFind: (o: OutOfFold) => boolean,
): void {
  for (const t of THRESHOLDS) {
    const alone = thresholdRow(outOfFold, t);
    const both = thresholdRow(outOfFold, t, rulesFind);
    console.log(
      `t=${t.toFixed(2)} model: precision=${alone.precision.toFixed(3)} recall=${alone.recall.toFixed(3)} fp=${alone.falsePositives}; rules or model: precision=${both.precision.toFixed(3)} recall=${both.recall.toFixed(3)}`,
    );
  }
}
