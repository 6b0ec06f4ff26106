import {
  ActivityFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  workflowInfo,
  type SignalDefinition,
} from '@temporalio/workflow';
import type { DueItem, RelationshipActivities } from '../activities/relationship.activities';
import { markRaised, nextDue } from './due';
import { LIFECYCLE_SIGNALS, type ToLifecycle } from './lifecycle-signals';
import {
  adoptInstitutionPolicy,
  effectivePolicy,
  institutionBase,
  INSTITUTION_POLICY_BY_VERSION,
} from './institution-layer';
import { policyProblems, resolvePolicy, type PolicyOverride } from './policy';
import * as signals from './signals';
import {
  initialState,
  firstSighting,
  record,
  viewOf,
  type DueAction,
  type RelationshipIds,
  type RelationshipState,
  type RelationshipView,
} from './state';
import { publishStage } from './stage-search-attribute';
import { workflowNow } from './workflow-clock';
import { applySignal, type Outcome } from './transitions';

export interface RelationshipInput extends RelationshipIds {
  /** Institution default merged with the member's override. */
  policy?: PolicyOverride;
  /** Set only by continueAsNew. */
  carried?: RelationshipState;
}

export { OTHER_ANSWER_STOPS_FOLLOW_UPS } from './lifecycle-signals';
export { INSTITUTION_POLICY_BY_VERSION } from './institution-layer';

/**
 * Since this patch local times that a DST change skips or repeats resolve by the zoned-time
 * module's one rule; runs that started before it keep the rule their history was recorded under
 * (it differed only on such nights, and by which side of UTC the zone lies). Asked once per run,
 * at its start, so a run never changes rule halfway. Retire with deprecatePatch once every run
 * that started before it has ended or continued as new.
 */
export const ONE_DST_RULE = 'one-dst-rule';

/** Each run raises at most this many keep-in-touch nudges before continuing as new. */
export const KEEP_IN_TOUCH_CYCLES_PER_RUN = 6;

const activities = proxyActivities<RelationshipActivities>({
  startToCloseTimeout: '30 seconds',
  // A due item may wait hours for its context to come back, but not forever: after this the
  // workflow records the failure and moves on rather than blocking every later nudge.
  scheduleToCloseTimeout: '1 day',
  retry: {
    initialInterval: '5 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    nonRetryableErrorTypes: ['InvalidDueItem'],
  },
});

// A read by `_id` in the worker's own database: a local activity, recorded as one marker instead
// of a scheduled/started/completed activity and another workflow task, so reading at every firing
// keeps a run's history about as small as before. When it fails the run keeps the policy it has
// and reads again at its next step.
const policyReads = proxyLocalActivities<Pick<RelationshipActivities, 'currentInstitutionPolicy'>>({
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

const UNRESPONSIVE_SUGGESTION =
  'No reply after the follow-ups: try another person at the same organisation, or a warm introduction.';

function raise(state: RelationshipState, due: DueAction, item: DueItem): Promise<void> {
  switch (due.kind) {
    case 'second-contact':
      return activities.raiseSecondContactDue(item);
    case 'follow-up': {
      const mode = effectivePolicy(state).mode;
      return activities.raiseFollowUpDue({ ...item, sequence: due.sequence, mode });
    }
    case 'unresponsive':
      return activities.markUnresponsive({ ...item, suggestion: UNRESPONSIVE_SUGGESTION });
    case 'interview-reminder':
      return activities.raiseInterviewReminderDue({
        ...item,
        interviewAt: state.interviewAt ?? due.at,
        hoursBefore: due.hoursBefore,
      });
    case 'thank-you-reminder':
    case 'thank-you-deadline':
      return activities.raiseThankYouDue({
        ...item,
        interviewCompletedAt: state.interviewCompletedAt ?? due.at,
        kind: due.kind === 'thank-you-reminder' ? 'reminder' : 'deadline',
      });
    case 'keep-in-touch':
      return activities.raiseKeepInTouchDue({
        ...item,
        lastTouchAt: state.lastTouchAt ?? null,
        cycle: state.keepInTouchRaised + 1,
      });
    default: {
      const unknownDue: never = due;
      throw new Error(`unknown due item ${JSON.stringify(unknownDue)}`);
    }
  }
}

/** One relationship (member × contact), from the first request through years of keeping in touch. */
export async function relationshipLifecycle(input: RelationshipInput): Promise<RelationshipView> {
  const { carried, policy: override, ...ids } = input;
  const state = carried ?? initialState(ids, override ?? {});
  // Before any handler runs: signals buffered for the first task already plan with this rule.
  state.dstRule = patched(ONE_DST_RULE) ? 'one-dst-rule' : 'before-one-dst-rule';
  const policy = () => effectivePolicy(state);
  // Bumped by every applied message so the body re-plans its timer.
  let changes = 0;
  // The highest institution policy version announced by signal and not read yet.
  let announcedVersion = 0;

  /** Reads the institution's current policy (patched); true when a newer version was taken. */
  const readInstitutionPolicy = async (): Promise<boolean> => {
    announcedVersion = 0;
    if (!patched(INSTITUTION_POLICY_BY_VERSION)) return false;
    let adoption;
    try {
      adoption = adoptInstitutionPolicy(
        state,
        await policyReads.currentInstitutionPolicy(state.ids.tenantId),
      );
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      log.warn('institution policy could not be read', { error: error.message });
      return false;
    }
    if (!adoption.adopted) return false;
    const { version, problems } = adoption;
    record(state, {
      at: workflowNow(),
      what: 'institutionPolicy',
      result: problems.length === 0 ? 'applied' : 'ignored',
      note:
        problems.length === 0 ? `version ${version}` : `version ${version}: ${problems.join('; ')}`,
    });
    return true;
  };

  /** The one duplicate guard and history record every signal goes through. */
  const guarded =
    <P extends signals.SignalBase>(
      what: string,
      apply: (payload: P, at: number, now: number) => Outcome,
    ) =>
    (payload: P) => {
      if (!firstSighting(state, payload.sourceEventId)) {
        state.duplicatesIgnored += 1;
        return;
      }
      const now = workflowNow();
      const at = Math.min(payload.occurredAt ?? now, now);
      const outcome = apply(payload, at, now);
      record(state, {
        at: now,
        what,
        sourceEventId: payload.sourceEventId,
        result: outcome.applied ? 'applied' : 'ignored',
        ...(outcome.applied ? {} : { note: outcome.reason }),
      });
      if (outcome.applied) changes += 1;
    };

  const register = <P extends signals.SignalBase>(
    signal: SignalDefinition<[P]>,
    toLifecycle: ToLifecycle<P>,
  ) =>
    setHandler(
      signal,
      guarded<P>(signal.name, (payload, at, now) =>
        applySignal(state, toLifecycle(payload), at, now, policy()),
      ),
    );
  for (const route of LIFECYCLE_SIGNALS) route(register);

  setHandler(
    signals.policyChangedSignal,
    guarded('policyChanged', (payload: signals.PolicyChanged): Outcome => {
      const candidate = { ...state.policyOverride, ...payload.policy };
      const problems = policyProblems(resolvePolicy(institutionBase(state), candidate));
      if (problems.length > 0) return { applied: false, reason: problems.join('; ') };
      state.policyOverride = candidate;
      return { applied: true };
    }),
  );

  setHandler(
    signals.changePolicyUpdate,
    (override) => {
      state.policyOverride = { ...state.policyOverride, ...override };
      record(state, { at: workflowNow(), what: 'changePolicy', result: 'applied' });
      changes += 1;
      return viewOf(state, policy(), nextDue(state, policy()));
    },
    {
      // Rejected before it reaches history: the caller gets the reasons, the workflow is untouched.
      validator: (override: PolicyOverride) => {
        const problems = policyProblems(
          resolvePolicy(institutionBase(state), { ...state.policyOverride, ...override }),
        );
        if (problems.length > 0) throw new Error(`invalid policy: ${problems.join('; ')}`);
      },
    },
  );

  // Idempotent: a version already read or already announced only counts as a duplicate.
  setHandler(signals.institutionPolicyChangedSignal, ({ version }) => {
    if (
      !Number.isInteger(version) ||
      version <= Math.max(state.policyVersion ?? 0, announcedVersion)
    ) {
      state.duplicatesIgnored += 1;
      return;
    }
    announcedVersion = version;
  });

  setHandler(signals.relationshipQuery, () => viewOf(state, policy(), nextDue(state, policy())));

  await readInstitutionPolicy();
  let keepInTouchThisRun = 0;
  for (;;) {
    // Every stage change (a handler's, or unresponsive after the last follow-up) passes here.
    publishStage(state.stage);
    if (workflowInfo().continueAsNewSuggested || keepInTouchThisRun >= KEEP_IN_TOUCH_CYCLES_PER_RUN)
      break;
    if (announcedVersion > 0) await readInstitutionPolicy();
    const due = nextDue(state, policy());
    const seen = changes;
    const woken = () => changes !== seen || announcedVersion > 0;
    if (!due) {
      await condition(() => woken() || workflowInfo().continueAsNewSuggested);
      continue;
    }
    const waitMs = due.at - workflowNow();
    if (waitMs > 0 && (await condition(woken, waitMs))) continue;
    // The firing itself is when a quiet change of the institution's policy is noticed.
    if (await readInstitutionPolicy()) continue;

    state.timerSequence += 1;
    const item: DueItem = {
      idempotencyKey: `${workflowInfo().workflowId}:${state.timerSequence}`,
      ...state.ids,
      dueAt: due.at,
    };
    try {
      await raise(state, due, item);
      record(state, { at: workflowNow(), what: due.kind, result: 'raised' });
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      // A nudge that could not be raised must not stop every later one.
      log.warn('due item could not be raised', { kind: due.kind, error: error.message });
      record(state, { at: workflowNow(), what: due.kind, result: 'failed', note: error.message });
    }
    markRaised(state, due, policy());
    if (due.kind === 'keep-in-touch') keepInTouchThisRun += 1;
  }

  await condition(allHandlersFinished);
  return continueAsNew<typeof relationshipLifecycle>({ ...ids, carried: state });
}
