import { performance } from 'node:perf_hooks';
import { checkGuidance } from '../services/outreach/src/compose-guidance';
import {
  type RuleScore,
  goalFor,
  meetsGoal,
  scoreCorpus,
} from '../services/outreach/src/compose-guidance/corpus/corpus-scores';
import {
  type CorpusSplit,
  type LabelledDraft,
  loadGuidanceCorpus,
} from '../services/outreach/src/compose-guidance/corpus/guidance-corpus';
import { startOutreachApp } from '../services/outreach/src/testing/outreach-test-app';
import { benchMain } from './bench-runner';
import { crossValidationRows } from './guidance-cross-validation';
import {
  type BenchEnv,
  benchIsolation,
  percentile,
  progress,
  type ResultRow,
  speedRatio,
} from './support';

/**
 * How well the composer's guidance rules judge drafts people actually write: precision and recall
 * per rule on the labelled corpus (services/outreach/src/compose-guidance/corpus), on the training
 * split the rules were tuned on and on the held-out split they were not; and the check's p99
 * through the real outreach app's HTTP pipeline over every corpus message. See bench/README.md.
 *
 *   npm run bench:guidance
 *   npm run bench:guidance -- training   # training split and cross-validation
 *   npm run bench:guidance -- latency    # p99 through HTTP, on the training split alone
 *
 * The `training` and `latency` modes never read the held-out split: they are what a change is
 * measured by while a held-out split waits to be scored once.
 */
const LATENCY_GOAL_MS = 20;
const HTTP_ROUNDS = 5;
const SPLITS: readonly CorpusSplit[] = ['training', 'held-out'];

const percent = (value: number) => Math.round(value * 1000) / 10;

function scoreRows(split: CorpusSplit, scores: RuleScore[], training?: RuleScore[]): ResultRow[] {
  return scores.flatMap((score) => {
    const goal = goalFor(score.ruleId);
    const trained = training?.find((t) => t.ruleId === score.ruleId);
    const row = (kind: 'precision' | 'recall'): ResultRow => {
      const value = percent(score[kind]);
      // On the held-out split the baseline is the same rule on the training split, so the ratio
      // says how much of its training score a rule keeps on messages it was not tuned on.
      const baseline = trained === undefined ? null : percent(trained[kind]);
      const counts =
        kind === 'precision'
          ? `${score.truePositives}/${score.truePositives + score.falsePositives}`
          : `${score.truePositives}/${score.truePositives + score.falseNegatives}`;
      const wrong = kind === 'precision' ? score.falseAlarms : score.missed;
      return {
        metric: `${score.ruleId} ${kind} (${split})`,
        unit: '%',
        value,
        baseline,
        ratio: baseline === null || baseline === 0 ? null : value / baseline,
        goal: `≥ ${percent(goal[kind])} %`,
        met: score[kind] >= goal[kind],
        notes: `${counts} = ${score[kind].toFixed(3)}${wrong.length > 0 ? `; ${kind === 'precision' ? 'false alarms' : 'missed'}: ${wrong.join(', ')}` : ''}`,
      };
    };
    return [row('precision'), row('recall')];
  });
}

function printScores(split: string, scores: RuleScore[]): void {
  progress(`${split} split`);
  for (const s of scores) {
    progress(
      `  ${s.ruleId.padEnd(24)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})${meetsGoal(s) ? '' : '  goal missed'}`,
    );
  }
}

/**
 * Between two held-out splits the held-out file is empty (see the corpus README): its rows then say
 * so instead of reporting every rule as perfect on nothing.
 */
function noMessagesRow(split: CorpusSplit): ResultRow {
  return {
    metric: `${split} split`,
    unit: 'messages',
    value: 0,
    baseline: null,
    ratio: null,
    goal: null,
    met: null,
    notes: 'no messages: nothing to score',
  };
}

function corpus(): Promise<ResultRow[]> {
  const splits = SPLITS.map((split) => ({ split, messages: loadGuidanceCorpus(split) }));
  const scored = splits.map(({ split, messages }) => {
    if (messages.length === 0) {
      progress(`${split} split: no messages`);
      return { split, scores: undefined };
    }
    const scores = scoreCorpus(messages, (draft) => checkGuidance(draft));
    printScores(split, scores);
    return { split, scores };
  });
  const training = scored.find((s) => s.split === 'training')?.scores;
  // The job-ask rule once more with the learned classifier off, so what it adds is on record.
  const withoutClassifier = splits.flatMap(({ split, messages }) => {
    if (messages.length === 0) return [];
    const scores = scoreCorpus(messages, (draft) =>
      checkGuidance(draft, undefined, { learnedJobAsks: false }),
    ).filter((score) => score.ruleId === 'ask.job-language');
    printScores(`${split}, rules only`, scores);
    return scoreRows(split, scores).map((row) => ({
      ...row,
      metric: row.metric.replace(' (', ' without the classifier ('),
    }));
  });
  // Synchronous work behind the runner's asynchronous measurement type.
  return Promise.resolve([
    ...scored.flatMap(({ split, scores }) =>
      scores === undefined
        ? [noMessagesRow(split)]
        : scoreRows(split, scores, split === 'training' ? undefined : training),
    ),
    ...withoutClassifier,
  ]);
}

function p99(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

async function http(env: BenchEnv, splits = SPLITS): Promise<ResultRow[]> {
  const drafts: LabelledDraft['draft'][] = splits.flatMap((split) =>
    loadGuidanceCorpus(split).map((message) => message.draft),
  );
  // One untimed round first, as for HTTP: the first call of each of the rules' regular
  // expressions compiles it, which an editor pays once per process, not per keystroke.
  for (const draft of drafts) checkGuidance(draft);
  const pure: number[] = [];
  for (let round = 0; round < HTTP_ROUNDS; round++) {
    for (const draft of drafts) {
      const start = performance.now();
      checkGuidance(draft);
      pure.push(performance.now() - start);
    }
  }
  const starting = performance.now();
  const service = await startOutreachApp(benchIsolation(env, 'guidance'));
  const startMs = performance.now() - starting;
  try {
    const member = service.as({ id: 'member-bench', role: 'member' });
    for (const draft of drafts) await member.send('POST', '/guidance', { json: draft });
    const timings: number[] = [];
    for (let round = 0; round < HTTP_ROUNDS; round++) {
      for (const draft of drafts) {
        const start = performance.now();
        const reply = await member.send('POST', '/guidance', { json: draft });
        timings.push(performance.now() - start);
        if (reply.status !== 200) {
          throw new Error(`POST /guidance answered ${reply.status}: ${reply.body}`);
        }
      }
    }
    progress(`${timings.length} checks each way`);
    const p = p99(pure);
    const h = p99(timings);
    return [
      {
        metric: 'POST /guidance over the corpus (p99)',
        unit: 'ms',
        value: h.p99,
        baseline: p.p99,
        ratio: speedRatio('cost', h.p99, p.p99),
        goal: `< ${LATENCY_GOAL_MS} ms`,
        met: h.p99 < LATENCY_GOAL_MS,
        notes: `${drafts.length} corpus messages × ${HTTP_ROUNDS} rounds after one warm-up round each way; p50 ${h.p50.toFixed(2)} ms; baseline = the pure check's p99 on the same messages (p50 ${p.p50.toFixed(3)} ms), so ratio is the share of the time spent in the rules; service started in ${startMs.toFixed(0)} ms, bench process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB with the models loaded`,
      },
    ];
  } finally {
    await service.close();
  }
}

/** The training split as the check scores it, then the learned rules out of fold. */
function training(): Promise<ResultRow[]> {
  const messages = loadGuidanceCorpus('training');
  const scores = scoreCorpus(messages, (draft) => checkGuidance(draft));
  printScores('training', scores);
  progress('cross-validation on training');
  return Promise.resolve([...scoreRows('training', scores), ...crossValidationRows(messages)]);
}

// `training` runs only when named, so a full run (which writes the results file) stays as it was.
// `latency` measures as `http` does on the training split alone, so it too never reads the
// held-out split; run on its own, its process has not just cross-validated (a large heap to collect).
const TRAINING_ONLY = ['training', 'latency'];
benchMain(
  'guidance',
  process.argv.slice(2).some((arg) => TRAINING_ONLY.includes(arg))
    ? { training, latency: (env: BenchEnv) => http(env, ['training']) }
    : { corpus, http },
);
