import { type GuidanceRuleId } from '../services/outreach/src/compose-guidance';
import { goalFor } from '../services/outreach/src/compose-guidance/corpus/corpus-scores';
import { type LabelledDraft } from '../services/outreach/src/compose-guidance/corpus/guidance-corpus';
import { writtenSplitOf } from '../services/outreach/src/compose-guidance/corpus/written-splits';
import { loadPartSpans } from '../services/outreach/src/compose-guidance/corpus/part-span-labels';
import { loadJobAskSpans } from '../services/outreach/src/compose-guidance/corpus/job-ask-span-labels';
import {
  crossValidateJobAsk,
  crossValidateJobAskBySplit,
  JOB_ASK_FOLDS,
  jobAskExample,
  supportedRulesFlag,
} from '../services/outreach/src/compose-guidance/job-ask-model/job-ask-cross-validation';
import jobAskModel from '../services/outreach/src/compose-guidance/job-ask-model/job-ask-model.json';
import {
  crossValidatePartBySplit,
  partExamples,
  partScoreAt,
} from '../services/outreach/src/compose-guidance/part-models/part-cross-validation';
import { partModelThreshold } from '../services/outreach/src/compose-guidance/part-models/part-detectors';
import { LEARNED_PARTS } from '../services/outreach/src/compose-guidance/part-models/part-sentences';
import { type OutOfFold } from '../services/outreach/src/compose-guidance/sentence-model/sentence-model-training';
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

const BY_SPLIT = 'cross-validation grouped by written split';
// The folds of the two independent writers; held-out 8's was the one fold whose writer the
// patterns had not seen until the sixth round (which read its misses), so both are now partly
// in-sample for the patterns, and their models' share stays out of split.
const HELD_OUT_7 = (o: OutOfFold) => writtenSplitOf(o.message.id) === 'held-out 7';
const HELD_OUT_8 = (o: OutOfFold) => writtenSplitOf(o.message.id) === 'held-out 8';

/**
 * The learned rules out of split on training: each message judged by models trained on the other
 * written splits only (corpus/written-splits.ts), at the thresholds the committed models use; the
 * pooled rows and the held-out 7 and 8 folds'. These numbers, not the training split's own, say how a
 * rule may do for a new writer (the hand-written patterns are the same in every fold and were
 * written with every split but held-out 7 in view, so their share is in-sample elsewhere).
 */
export function crossValidationRows(training: readonly LabelledDraft[]): ResultRow[] {
  const result: ResultRow[] = [];
  // The part detectors learn from the sentences part-spans.json marks, as their trainer does.
  const spans = loadPartSpans();
  for (const part of LEARNED_PARTS) {
    const examples = partExamples(part, training, true, spans);
    const threshold = partModelThreshold(part);
    const outOfSplit = crossValidatePartBySplit(part, examples);
    for (const [how, judged] of [
      [BY_SPLIT, outOfSplit],
      [`${BY_SPLIT}, held-out 7 fold`, outOfSplit.filter(HELD_OUT_7)],
      [`${BY_SPLIT}, held-out 8 fold`, outOfSplit.filter(HELD_OUT_8)],
    ] as const) {
      const combined = partScoreAt(judged, threshold);
      const counts = `missing flagged ${combined.truePositives}, wrongly ${combined.falsePositives}, missed ${combined.falseNegatives} of ${judged.length} messages`;
      progress(
        `  ${part.padEnd(24)} ${how}: ${combined.precision.toFixed(3)}/${combined.recall.toFixed(3)}`,
      );
      result.push(
        ...rows(
          part,
          how,
          { ...combined, counts },
          threshold === null ? 'patterns only' : `patterns or model at t=${threshold}`,
        ),
      );
    }
  }
  const jobAskSpans = loadJobAskSpans();
  const asks = training.flatMap((m) => jobAskExample(m, jobAskSpans) ?? []);
  const bySplit = crossValidateJobAskBySplit(asks);
  for (const [how, judged] of [
    [`${JOB_ASK_FOLDS}-fold cross-validation`, crossValidateJobAsk(asks)],
    [BY_SPLIT, bySplit],
    [`${BY_SPLIT}, held-out 7 fold`, bySplit.filter(HELD_OUT_7)],
    [`${BY_SPLIT}, held-out 8 fold`, bySplit.filter(HELD_OUT_8)],
  ] as const) {
    // As the check applies them: the phrases and cues the classifier supports, and the classifier.
    const row = thresholdRow(
      judged,
      jobAskModel.threshold,
      supportedRulesFlag(jobAskModel.ruleSupport, jobAskModel.phraseSupport),
    );
    progress(
      `  ask.job-language         ${how}: rules or classifier ${row.precision.toFixed(3)}/${row.recall.toFixed(3)}`,
    );
    result.push(
      ...rows(
        'ask.job-language',
        how,
        { ...row, counts: `${judged.length} messages, ${row.falsePositives} false alarms` },
        `phrases with support ${jobAskModel.phraseSupport ?? 0}, cues with support ${jobAskModel.ruleSupport}, or classifier at t=${jobAskModel.threshold}`,
      ),
    );
  }
  return result;
}
