import {
  ActivityFailure,
  condition,
  continueAsNew,
  log,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { HOUR_MS, isClockTime, isTimeZone } from '@rapport/platform/zoned-time';
import type { DigestActivities } from '../digest.activities';
import {
  type DigestSettings,
  digestQuery,
  type DigestView,
  preferencesChangedSignal,
} from './digest.signals';
import { type DigestTime, nextDigestTime } from './local-time';
import { workflowNow } from './workflow-clock';

export { digestQuery, digestWorkflowId, preferencesChangedSignal } from './digest.signals';
export type { DigestSettings, DigestView } from './digest.signals';

/** A run's history stays small: a month of digests, then continue-as-new. */
export const DIGESTS_PER_RUN = 30;
/** How far back a digest looks when the previous one never went out. */
const LONGEST_WINDOW_MS = 48 * HOUR_MS;

export interface MemberDigestInput {
  readonly tenantId: string;
  readonly memberId: string;
  readonly settings: DigestSettings;
  /** Carried over by continue-as-new. */
  readonly carried?: { readonly lastLocalDate?: string; readonly windowStart?: number };
}

export interface MemberDigestEnd {
  readonly reason: string;
  readonly lastLocalDate?: string;
}

const { sendDigest } = proxyActivities<DigestActivities>({
  // One send through the mailer, which retries throttling itself for up to a few minutes.
  startToCloseTimeout: '5 minutes',
  // A digest that cannot go out within hours is stale; the next one covers its items instead.
  scheduleToCloseTimeout: '6 hours',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

function validSettings(settings: DigestSettings): boolean {
  return (
    Number.isInteger(settings.version) &&
    typeof settings.enabled === 'boolean' &&
    isClockTime(settings.localTime) &&
    isTimeZone(settings.timeZone)
  );
}

/**
 * A member's daily digest: sleeps until their chosen time on their own clock, has the digest
 * sent, and plans the next. New settings re-plan at once. When the member turns the digest off
 * the workflow ends rather than idling (turning it on again starts a new one): no workflow is
 * kept for members who want no digest.
 */
export async function memberDigest(input: MemberDigestInput): Promise<MemberDigestEnd> {
  const { tenantId, memberId } = input;
  let settings = input.settings;
  let changed = false;
  let lastLocalDate = input.carried?.lastLocalDate;
  let windowStart = input.carried?.windowStart;
  let next: DigestTime | undefined;
  let firedThisRun = 0;

  setHandler(preferencesChangedSignal, (incoming) => {
    if (!validSettings(incoming)) {
      log.warn('ignored invalid digest settings', { memberId, incoming });
      return;
    }
    // Redelivered or out-of-order signals carry a version the workflow has already seen.
    if (incoming.version <= settings.version) return;
    settings = incoming;
    changed = true;
  });
  setHandler(digestQuery, (): DigestView => ({
    settings,
    firedThisRun,
    ...(next ? { next } : {}),
    ...(lastLocalDate ? { lastLocalDate } : {}),
  }));

  if (!validSettings(settings)) return { reason: 'the digest settings are invalid' };

  while (settings.enabled) {
    if (firedThisRun >= DIGESTS_PER_RUN || workflowInfo().continueAsNewSuggested) {
      return continueAsNew<typeof memberDigest>({
        tenantId,
        memberId,
        settings,
        carried: {
          ...(lastLocalDate ? { lastLocalDate } : {}),
          ...(windowStart !== undefined ? { windowStart } : {}),
        },
      });
    }
    const planned = nextDigestTime(
      workflowNow(),
      settings.timeZone,
      settings.localTime,
      lastLocalDate,
    );
    next = planned;
    changed = false;
    const replan = await condition(() => changed, Math.max(1, planned.at - workflowNow()));
    if (replan) continue;
    next = undefined;
    const since = Math.max(
      planned.at - LONGEST_WINDOW_MS,
      windowStart ?? planned.at - 24 * HOUR_MS,
    );
    try {
      const outcome = await sendDigest({
        tenantId,
        memberId,
        localDate: planned.localDate,
        at: planned.at,
        since,
      });
      log.info('digest done', { memberId, localDate: planned.localDate, ...outcome });
      windowStart = planned.at;
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      // The items stay in the window of the next digest.
      log.warn('digest not sent', { memberId, localDate: planned.localDate, error: error.message });
    }
    lastLocalDate = planned.localDate;
    firedThisRun += 1;
  }
  next = undefined;
  return {
    reason: 'the member turned the digest off',
    ...(lastLocalDate ? { lastLocalDate } : {}),
  };
}
