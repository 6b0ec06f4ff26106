import { DEFAULT_GUIDANCE_POLICY } from './guidance-policy';
import { GUIDANCE_RULES, type GuidanceRuleId } from './guidance-rules';
import {
  type DraftMessage,
  type Finding,
  type GuidancePolicy,
  type GuidanceReport,
  type RuleFinding,
} from './guidance.types';
import { GUIDANCE_WHY } from './guidance-why';
import { checkJobLanguage } from './job-language.rules';
import { checkLength } from './length.rules';
import { matchableText } from './matchable-text';
import { checkMessageParts } from './message-parts.rules';
import { checkSubject } from './subject.rules';
import { findWords } from './word-count';

const RULE_ORDER: ReadonlyMap<GuidanceRuleId, number> = new Map(
  (Object.keys(GUIDANCE_RULES) as GuidanceRuleId[]).map((ruleId, index) => [ruleId, index]),
);

/**
 * Checks a draft request against the practice of a good informational-interview request and the
 * institution's policy. Pure and deterministic: the same draft and policy give the same findings,
 * in catalogue order and then by position.
 */
export function checkGuidance(
  message: DraftMessage,
  policy: GuidancePolicy = DEFAULT_GUIDANCE_POLICY,
  // Off only to measure what the learned job-ask classifier adds (bench:guidance, its training).
  options: { learnedJobAsks: boolean } = { learnedJobAsks: true },
): GuidanceReport {
  // Matching runs on folded text; folding keeps every offset, so spans point into the original.
  const body = matchableText(message.body);
  const subject = message.subject === undefined ? undefined : matchableText(message.subject);
  const bodyWords = findWords(body);

  const ruleFindings: RuleFinding[] = [
    ...checkLength(message, policy, bodyWords),
    ...(message.channel === 'email' ? checkSubject(subject) : []),
    ...checkMessageParts(body, message.channel, policy),
    ...(subject === undefined ? [] : checkJobLanguage(subject, 'subject', options.learnedJobAsks)),
    ...checkJobLanguage(body, 'body', options.learnedJobAsks),
  ];
  const findings: Finding[] = ruleFindings
    .map((finding) => ({ ...finding, why: GUIDANCE_WHY[finding.ruleId] }))
    .sort(byRuleThenPosition);

  return {
    ok: findings.every((finding) => finding.severity !== 'error'),
    wordCount: bodyWords.length,
    findings,
  };
}

function byRuleThenPosition(a: Finding, b: Finding): number {
  const byRule = (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0);
  if (byRule !== 0) {
    return byRule;
  }
  const byField = fieldOrder(a) - fieldOrder(b);
  return byField !== 0 ? byField : (a.span?.start ?? 0) - (b.span?.start ?? 0);
}

function fieldOrder(finding: Finding): number {
  return finding.span?.field === 'subject' ? 0 : 1;
}
