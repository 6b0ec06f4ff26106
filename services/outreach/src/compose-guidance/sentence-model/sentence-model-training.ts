import { type FeatureOptions, sentenceFeatures } from './sentence-features';
import { probabilityOfFeatures, type SentenceModel, type Weighted } from './sentence-model';

/**
 * Training for the sentence models (the job-ask classifier, the part detectors): our own logistic
 * regression, deterministic (fixed order, no randomness), so a retrain of the same corpus writes
 * the same file. Used by the trainers only; the check reads the written JSON.
 *
 * The corpus labels messages, not sentences, so sentence labels are weak: in a message that has
 * the thing, the sentences the hand-written rules find are positive; where they find none, the
 * sentence a first-pass model scores highest is. Every sentence of a message without it is negative.
 */
export interface WeaklyLabelledMessage {
  id: string;
  /** Whether the message has the thing the model looks for (a job ask, a stated connection…). */
  positive: boolean;
  sentences: readonly string[];
  /** Indexes of the sentences the hand-written rules find. */
  flagged: readonly number[];
  /** Those of them the model may overrule (the job ask's cue hits; see job-language.rules.ts). */
  overrulable?: readonly number[];
  /**
   * The sentences a person marked as carrying the thing, where they did (corpus/job-ask-spans.json):
   * the positives the model learns from in place of the rules' finds. `flagged` still says what the
   * rules find, which cross-validation needs to score the rule as the check applies it.
   */
  marked?: readonly number[];
}

export interface TrainingSettings {
  features: FeatureOptions;
  epochs: number;
  learningRate: number;
  l2: number;
  /** How much more a positive sentence counts than a negative one (they are much rarer). */
  positiveWeight: number;
}

export interface TrainedWeights extends Weighted {
  weights: ReadonlyMap<string, number>;
}

interface Example {
  features: string[];
  label: 0 | 1;
}

export function train(examples: readonly Example[], settings: TrainingSettings): TrainedWeights {
  const counts = new Map<string, number>();
  for (const { features } of examples) {
    for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  // A feature seen once is a name or a typo; it would only memorise its sentence.
  const index = new Map([...counts].filter(([, n]) => n >= 2).map(([f], i) => [f, i]));
  // Each sentence's known features as indexes into one array, looked up once rather than once per
  // epoch: the same sums in the same order as by name, so the same weights, several times faster.
  const known = examples.map(({ features }) =>
    Int32Array.from(features.flatMap((f) => index.get(f) ?? [])),
  );
  const values = new Float64Array(index.size);
  let bias = 0;
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    examples.forEach(({ label }, e) => {
      const features = known[e] ?? new Int32Array();
      let z = bias;
      for (const i of features) z += values[i] ?? 0;
      const error = (label - 1 / (1 + Math.exp(-z))) * (label === 1 ? settings.positiveWeight : 1);
      bias += settings.learningRate * error;
      for (const i of features) {
        const w = values[i] ?? 0;
        values[i] = w + settings.learningRate * (error - settings.l2 * w);
      }
    });
  }
  const weights = new Map([...index].map(([f, i]) => [f, values[i] ?? 0]));
  return { bias, weights, weight: (f: string) => weights.get(f) ?? 0 };
}

/** Two passes: the rules' sentences first, then each unflagged positive's most likely sentence added. */
export function trainTwoPass(
  messages: readonly WeaklyLabelledMessage[],
  settings: TrainingSettings,
): TrainedWeights {
  const featured = messages.map((m) => ({
    message: m,
    features: m.sentences.map((s) => sentenceFeatures(s, settings.features)),
  }));
  const positives = (message: WeaklyLabelledMessage) => message.marked ?? message.flagged;
  const examplesOf = (picked: ReadonlyMap<WeaklyLabelledMessage, number>): Example[] =>
    featured.flatMap(({ message, features }) =>
      features.map((f, index) => ({
        features: f,
        label:
          message.positive && (positives(message).includes(index) || picked.get(message) === index)
            ? 1
            : 0,
      })),
    );
  const first = train(examplesOf(new Map()), settings);
  const picked = new Map<WeaklyLabelledMessage, number>();
  for (const { message, features } of featured) {
    if (message.positive && positives(message).length === 0 && features.length > 0) {
      const scores = features.map((f) => probabilityOfFeatures(first, f));
      picked.set(message, scores.indexOf(Math.max(...scores)));
    }
  }
  return train(examplesOf(picked), settings);
}

export interface OutOfFold {
  message: WeaklyLabelledMessage;
  score: number;
  /** Each sentence's probability by the model trained without the message's fold. */
  sentenceScores: readonly number[];
}

/**
 * k-fold cross-validation: each message scored by a model trained without its fold (message i is
 * in fold i mod k, so the folds are the same every run).
 */
export function crossValidate(
  messages: readonly WeaklyLabelledMessage[],
  settings: TrainingSettings,
  folds: number,
  keep?: (sentence: string) => boolean,
): OutOfFold[] {
  return crossValidateByGroup(messages, settings, (_, index) => index % folds, keep);
}

/**
 * Cross-validation over given groups (one fold per group, in order of first appearance): each
 * message scored by a model trained on the other groups only. Grouped by the split a message was
 * written in, no fold trains on its own writer's wordings.
 */
export function crossValidateByGroup<G>(
  messages: readonly WeaklyLabelledMessage[],
  settings: TrainingSettings,
  groupOf: (message: WeaklyLabelledMessage, index: number) => G,
  keep?: (sentence: string) => boolean,
): OutOfFold[] {
  const groups = messages.map(groupOf);
  const outOfFold: OutOfFold[] = [];
  for (const group of new Set(groups)) {
    const model = trainTwoPass(
      messages.filter((_, i) => groups[i] !== group),
      settings,
    );
    for (const message of messages.filter((_, i) => groups[i] === group)) {
      // Each sentence scored once; the message's score is the best of those the filter keeps.
      const sentenceScores = message.sentences.map((s) =>
        probabilityOfFeatures(model, sentenceFeatures(s, settings.features)),
      );
      const kept = sentenceScores.filter((_, i) => keep?.(message.sentences[i] ?? '') ?? true);
      outOfFold.push({ message, score: Math.max(0, ...kept), sentenceScores });
    }
  }
  return outOfFold;
}

/** Candidate thresholds 0.05, 0.10 … 0.95. */
export const THRESHOLDS: readonly number[] = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

/** The model as the check reads it: weights rounded and sorted, so the file diffs cleanly. */
export function modelFile(
  model: TrainedWeights,
  settings: TrainingSettings,
  threshold: number,
  trainedOn: string,
  chosen: {
    ruleSupport?: number;
    phraseSupport?: number;
    outOfFold?: { precision: number; recall: number };
  } = {},
): SentenceModel {
  const weights = Object.fromEntries(
    [...model.weights]
      .filter(([, w]) => Math.abs(w) >= 1e-3)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([f, w]) => [f, Math.round(w * 1e4) / 1e4]),
  );
  return {
    trainedOn,
    threshold,
    features: settings.features,
    bias: Math.round(model.bias * 1e4) / 1e4,
    weights,
    ...(chosen.ruleSupport === undefined ? {} : { ruleSupport: chosen.ruleSupport }),
    ...(chosen.phraseSupport === undefined ? {} : { phraseSupport: chosen.phraseSupport }),
    ...(chosen.outOfFold === undefined
      ? {}
      : {
          outOfFold: {
            precision: Math.round(chosen.outOfFold.precision * 1e4) / 1e4,
            recall: Math.round(chosen.outOfFold.recall * 1e4) / 1e4,
          },
        }),
  };
}

/** The text the trainers write: one line per key, so a retrain's diff stays readable. */
export function modelFileText(model: unknown): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}
