import type { TimelineEntry } from './timeline-entry';

export type HealthColour = 'green' | 'amber' | 'red';

/**
 * The keep-in-touch cadence when nothing else is said: the relationship workflow's default policy
 * (`keepInTouchWeeks: 8`). The member's own override lives in the workflow; the timeline shows the
 * institution's rhythm, which is what a coach compares members by.
 */
export const DEFAULT_KEEP_IN_TOUCH_WEEKS = 8;

/** Amber once the cadence has passed (a nudge is due), red at one and a half times it. */
export const RED_AFTER_CADENCES = 1.5;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface RelationshipHealth {
  readonly colour: HealthColour;
  readonly reason: 'interview-planned' | 'recent-touch' | 'touch-due' | 'touch-overdue';
  /** The last real contact, or the first line of the timeline when there was none yet. */
  readonly since: Date;
  readonly cadenceWeeks: number;
  readonly amberFrom: Date;
  readonly redFrom: Date;
}

/**
 * The colour of a relationship at `now`. A conversation that is still ahead keeps it green
 * (something is planned, nobody should nag); otherwise the time since the last touch decides.
 */
export function relationshipHealth(
  entries: readonly TimelineEntry[],
  lastTouchAt: Date | undefined,
  now: Date,
  cadenceWeeks = DEFAULT_KEEP_IN_TOUCH_WEEKS,
): RelationshipHealth {
  const first = entries[0]?.at ?? now;
  const since = lastTouchAt ?? first;
  const cadenceMs = cadenceWeeks * WEEK_MS;
  const amberFrom = new Date(since.getTime() + cadenceMs);
  const redFrom = new Date(since.getTime() + cadenceMs * RED_AFTER_CADENCES);
  const base = { since, cadenceWeeks, amberFrom, redFrom };
  if (hasUpcomingInterview(entries, now))
    return { ...base, colour: 'green', reason: 'interview-planned' };
  if (now < amberFrom) return { ...base, colour: 'green', reason: 'recent-touch' };
  if (now < redFrom) return { ...base, colour: 'amber', reason: 'touch-due' };
  return { ...base, colour: 'red', reason: 'touch-overdue' };
}

/** Some interview's latest line is a (re)scheduling to a start still ahead of `now`. */
function hasUpcomingInterview(entries: readonly TimelineEntry[], now: Date): boolean {
  const latest = new Map<string, TimelineEntry>();
  for (const entry of entries) if (entry.interviewId) latest.set(entry.interviewId, entry);
  return [...latest.values()].some(
    (entry) =>
      (entry.kind === 'interview-scheduled' || entry.kind === 'interview-rescheduled') &&
      typeof entry.details['startsAt'] === 'string' &&
      Date.parse(entry.details['startsAt']) > now.getTime(),
  );
}
