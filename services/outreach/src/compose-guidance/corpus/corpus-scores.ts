import { GUIDANCE_RULES, type GuidanceRuleId } from '../guidance-rules';
import { type DraftMessage, type GuidanceReport } from '../guidance.types';
import { type LabelledDraft } from './guidance-corpus';

export interface RuleScore {
  ruleId: GuidanceRuleId | 'overall';
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** 1 when the rule never fired: nothing it said was wrong. */
  precision: number;
  /** 1 when no message of the split needs the rule. */
  recall: number;
  /** Ids of the messages where the rule stayed silent though it must fire. */
  missed: string[];
  /** Ids of the messages where the rule fired though it must not. */
  falseAlarms: string[];
}

export interface RuleGoal {
  precision: number;
  recall: number;
}

/**
 * The goals of issue 18: the job-ask rule guards the one mistake the practice exists to avoid, so
 * it must almost never miss; every other rule must be right nine times in ten both ways.
 */
export function goalFor(ruleId: RuleScore['ruleId']): RuleGoal {
  return ruleId === 'ask.job-language'
    ? { precision: 0.95, recall: 0.98 }
    : { precision: 0.9, recall: 0.9 };
}

export function meetsGoal(score: RuleScore): boolean {
  const goal = goalFor(score.ruleId);
  return score.precision >= goal.precision && score.recall >= goal.recall;
}

/**
 * Precision and recall per rule, and over every label (micro-averaged), of a checker on labelled
 * messages. Only the rules a message lists count for it: a rule it lists on neither side is no
 * evidence either way.
 */
export function scoreCorpus(
  messages: readonly LabelledDraft[],
  check: (draft: DraftMessage) => GuidanceReport,
): RuleScore[] {
  const tallies = new Map<GuidanceRuleId, Tally>(
    (Object.keys(GUIDANCE_RULES) as GuidanceRuleId[]).map((ruleId) => [ruleId, emptyTally()]),
  );
  for (const message of messages) {
    const fired = new Set(check(message.draft).findings.map((finding) => finding.ruleId));
    for (const ruleId of message.mustFire) {
      const tally = tallies.get(ruleId) ?? emptyTally();
      if (fired.has(ruleId)) tally.truePositives += 1;
      else tally.missed.push(message.id);
    }
    for (const ruleId of message.mustNotFire) {
      if (fired.has(ruleId)) (tallies.get(ruleId) ?? emptyTally()).falseAlarms.push(message.id);
    }
  }
  const perRule = [...tallies].map(([ruleId, tally]) => toScore(ruleId, tally));
  const overall = perRule.reduce<Tally>(
    (sum, score) => ({
      truePositives: sum.truePositives + score.truePositives,
      missed: [...sum.missed, ...score.missed],
      falseAlarms: [...sum.falseAlarms, ...score.falseAlarms],
    }),
    emptyTally(),
  );
  return [...perRule, toScore('overall', overall)];
}

interface Tally {
  truePositives: number;
  missed: string[];
  falseAlarms: string[];
}

function emptyTally(): Tally {
  return { truePositives: 0, missed: [], falseAlarms: [] };
}

function toScore(ruleId: RuleScore['ruleId'], tally: Tally): RuleScore {
  const { truePositives, missed, falseAlarms } = tally;
  return {
    ruleId,
    truePositives,
    falsePositives: falseAlarms.length,
    falseNegatives: missed.length,
    precision: ratio(truePositives, truePositives + falseAlarms.length),
    recall: ratio(truePositives, truePositives + missed.length),
    missed,
    falseAlarms,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
