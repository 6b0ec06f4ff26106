import { checkGuidance } from '../check-guidance';
import { GUIDANCE_RULES, type GuidanceRuleId } from '../guidance-rules';
import jobAskModel from '../job-ask-model/job-ask-model.json';
import { goalFor, scoreCorpus } from './corpus-scores';
import { loadGuidanceCorpus } from './guidance-corpus';
import { STRICT_ABOUT_WHY_YOU, writtenSplitOf } from './written-splits';

const RULE_IDS = Object.keys(GUIDANCE_RULES) as GuidanceRuleId[];

// The part rule held to its goals only on the splits outside STRICT_ABOUT_WHY_YOU: since the
// eighth round every other rule meets them on all of training (written-splits.ts says why not
// this one).
const HELD_ON_LENIENT_SPLITS_ONLY: readonly string[] = ['parts.why-you'];

// What the job ask is held to on all of training: its out-of-fold numbers at the chosen setting, on
// the splits written blind that the setting is chosen on (written-splits.ts, isWrittenBlind).
const JOB_ASK_ON_TRAINING = {
  precision: jobAskModel.outOfFold.precision,
  recall: jobAskModel.outOfFold.recall,
};

/**
 * The rules against the training split of the labelled corpus, so a change that costs a rule its
 * precision or recall fails here rather than in the next bench run. The held-out split is
 * deliberately not read: its numbers belong in the bench output only (see corpus/README.md).
 *
 * The job ask is held to the goals on the messages written with the rules, and on all of
 * training to at least what its chosen threshold and cue support scored out of fold: since the
 * seventh round they are chosen by cross-validation for a new writer, which leaves recall on
 * training near 0.94 rather than 0.98 (bench/guidance.md).
 */
describe('the guidance rules on the training corpus', () => {
  const messages = loadGuidanceCorpus('training');
  // Each draft checked once; the scores over the whole split and over part of it read the reports.
  const reports = new Map(messages.map((m) => [m.draft, checkGuidance(m.draft)]));
  const reportOf = (draft: (typeof messages)[number]['draft']) =>
    reports.get(draft) ?? checkGuidance(draft);
  const scores = scoreCorpus(messages, reportOf);
  const lenientAboutWhyYou = messages.filter(
    (m) => !STRICT_ABOUT_WHY_YOU.includes(writtenSplitOf(m.id)),
  );
  const whyYouScores = scoreCorpus(lenientAboutWhyYou, reportOf);

  it('has clear cases and near misses for every rule', () => {
    expect(messages.length).toBeGreaterThanOrEqual(150);
    for (const ruleId of RULE_IDS) {
      expect([ruleId, messages.some((m) => m.mustFire.includes(ruleId))]).toEqual([ruleId, true]);
      expect([ruleId, messages.some((m) => m.mustNotFire.includes(ruleId))]).toEqual([
        ruleId,
        true,
      ]);
    }
  });

  it.each([...RULE_IDS, 'overall' as const])('meets the goals for %s', (ruleId) => {
    const onLenientSplits = HELD_ON_LENIENT_SPLITS_ONLY.includes(ruleId);
    const score = (onLenientSplits ? whyYouScores : scores).find((s) => s.ruleId === ruleId);
    const goal = ruleId === 'ask.job-language' ? JOB_ASK_ON_TRAINING : goalFor(ruleId);
    // On failure the ids of the messages to read are in the diff.
    expect({
      ruleId,
      precision:
        score !== undefined && score.precision >= goal.precision ? 'met' : score?.falseAlarms,
      recall: score !== undefined && score.recall >= goal.recall ? 'met' : score?.missed,
    }).toEqual({ ruleId, precision: 'met', recall: 'met' });
  });

  it("leaves out of the why-you goals only the seventh round's splits, writers bg, bi, bm, bp, br, bt, bv, bx and bz and held-out 14–83", () => {
    expect(messages.length - lenientAboutWhyYou.length).toBe(12878);
  });

  it('holds the job ask to its goals on the messages written with the rules', () => {
    const written = messages.filter((m) => writtenSplitOf(m.id) === 'written with the rules');
    const score = scoreCorpus(written, reportOf).find((s) => s.ruleId === 'ask.job-language');
    const goal = goalFor('ask.job-language');
    expect({
      precision:
        score !== undefined && score.precision >= goal.precision ? 'met' : score?.falseAlarms,
      recall: score !== undefined && score.recall >= goal.recall ? 'met' : score?.missed,
    }).toEqual({ precision: 'met', recall: 'met' });
  });

  it('points every job ask it finds at words inside the sentence that makes it', () => {
    const findings = messages.flatMap((m) =>
      reportOf(m.draft).findings.filter((f) => f.ruleId === 'ask.job-language'),
    );
    expect(findings.length).toBeGreaterThan(100);
    for (const { span, sentence } of findings) {
      expect(span !== undefined && sentence !== undefined).toBe(true);
      expect(sentence?.start).toBeLessThanOrEqual(span?.start ?? -1);
      expect(sentence?.end).toBeGreaterThanOrEqual(span?.end ?? Infinity);
    }
  });
});
