import { type GuidanceRuleId } from '../services/outreach/src/compose-guidance';
import { goalFor } from '../services/outreach/src/compose-guidance/corpus/corpus-scores';
import { type LabelledDraft } from '../services/outreach/src/compose-guidance/corpus/guidance-corpus';
import {
  crossValidateJobAsk,
  JOB_ASK_FOLDS,
  jobAskExample,
  rulesFlag,
} from '../services/outreach/src/compose-guidance/job-ask-model/job-ask-cross-validation';
import jobAskModel from '../services/outreach/src/compose-guidance/job-ask-model/job-ask-model.json';
import {
  crossValidatePart,
  PART_FOLDS,
  partExamples,
  partScoreAt,
  patternsScore,
} from '../services/outreach/src/compose-guidance/part-models/part-cross-validation';
import { partModelThreshold } from '../services/outreach/src/compose-guidance/part-models/part-detectors';
import { LEARNED_PARTS } from '../services/outreach/src/compose-guidance/part-models/part-sentences';
import { thresholdRow } from '../services/outreach/src/compose-guidance/sentence-model/threshold-choice';
import { progress, type ResultRow } from './support';

interface Counted {
  precision: number;
  recall: number;
  counts: string;
}

const percent = (value: number) => Math.round(value * 1000) / 10;

function rows(ruleId: GuidanceRuleId, how: string, score: Counted, note: string): ResultRow[] {
  const goal = goalFor(ruleId);
  return (['precision', 'recall'] as const).map((kind) => ({
    metric: `${ruleId} ${kind} (${how})`,
    unit: '%',
    value: percent(score[kind]),
    baseline: null,
    ratio: null,
    goal: `≥ ${percent(goal[kind])} %`,
    met: score[kind] >= goal[kind],
    notes: `${score.counts}; ${note}`,
  }));
}

/**
 * The learned rules out of fold on training: each message judged by models trained without it,
 * at the thresholds the committed models use. These numbers, not the training split's own, say
 * how a rule may do on new text (the hand-written patterns are the same in every fold, so their
 * share is still measured on text they were tuned on).
 */
export function crossValidationRows(training: readonly LabelledDraft[]): ResultRow[] {
  const result: ResultRow[] = [];
  for (const part of LEARNED_PARTS) {
    const examples = partExamples(part, training);
    const threshold = partModelThreshold(part);
    const patterns = patternsScore(examples);
    const combined =
      threshold === null ? patterns : partScoreAt(crossValidatePart(examples), threshold);
    const counts = `missing flagged ${combined.truePositives}, wrongly ${combined.falsePositives}, missed ${combined.falseNegatives} of ${examples.length} messages`;
    progress(
      `  ${part.padEnd(24)} patterns ${patterns.precision.toFixed(3)}/${patterns.recall.toFixed(3)}, with model ${combined.precision.toFixed(3)}/${combined.recall.toFixed(3)}`,
    );
    result.push(
      ...rows(
        part,
        `${PART_FOLDS}-fold cross-validation`,
        { ...combined, counts },
        threshold === null
          ? 'patterns only (cross-validation chose no model for this part)'
          : `patterns or model at t=${threshold}`,
      ),
    );
  }
  const asks = training.flatMap((m) => jobAskExample(m) ?? []);
  const row = thresholdRow(crossValidateJobAsk(asks), jobAskModel.threshold, rulesFlag);
  progress(
    `  ask.job-language         rules or classifier ${row.precision.toFixed(3)}/${row.recall.toFixed(3)}`,
  );
  result.push(
    ...rows(
      'ask.job-language',
      `${JOB_ASK_FOLDS}-fold cross-validation`,
      { ...row, counts: `${asks.length} messages, ${row.falsePositives} false alarms` },
      `phrase and cue rules or classifier at t=${jobAskModel.threshold}`,
    ),
  );
  return result;
}
