import type { PolicyOverride, RelationshipPolicy } from './policy';
import type { DstRule } from './policy-time';
import type { ResponseOutcome } from './signals';

/** Stages a relationship rests in; `paused` and `closed` remember where to go back to. */
export type ActiveStage =
  | 'prepared'
  | 'awaiting-reply'
  | 'responded'
  | 'scheduled'
  | 'interviewed'
  | 'thanked'
  | 'keeping-in-touch'
  | 'unresponsive';
export type Stage = ActiveStage | 'paused' | 'closed';

export interface RelationshipIds {
  tenantId: string;
  relationshipId: string;
  memberId: string;
  contactId: string;
}

export interface HistoryEntry {
  at: number;
  what: string;
  sourceEventId?: string;
  result: 'applied' | 'ignored' | 'raised' | 'failed';
  note?: string;
}

export interface RelationshipState {
  ids: RelationshipIds;
  stage: Stage;
  /** The stage a pause or close returns to. */
  returnTo?: ActiveStage;
  pausedAt?: number;
  outcome?: ResponseOutcome;
  /** Follow-ups count from here: the request, the last follow-up sent or the last one raised. */
  followUpAnchorAt?: number;
  followUpsRaised: number;
  followUpsSent: number;
  secondContactRaised: boolean;
  interviewAt?: number;
  /** Hours-before values already raised (or already past) for the current interview time. */
  remindersDone: number[];
  interviewCompletedAt?: number;
  thankYouDone: ('reminder' | 'deadline')[];
  keepInTouchAnchorAt?: number;
  lastTouchAt?: number;
  touches: number;
  keepInTouchRaised: number;
  /** Numbers every raised due item; with the workflow id it is the idempotency key. */
  timerSequence: number;
  policyOverride: PolicyOverride;
  /** The institution's values (between the defaults and `policyOverride`), absent until read. */
  institutionPolicy?: PolicyOverride;
  /** Version of `institutionPolicy`; a later one replaces it, an earlier one never does. */
  policyVersion?: number;
  /** Set by every run as it starts (see `ONE_DST_RULE`); absent means the one rule. */
  dstRule?: DstRule;
  /** Bounded memory of handled source event ids (oldest dropped first). */
  seenEventIds: string[];
  duplicatesIgnored: number;
  history: HistoryEntry[];
  historyTotal: number;
}

export type DueAction =
  | { kind: 'second-contact'; at: number }
  | { kind: 'follow-up'; at: number; sequence: number }
  | { kind: 'unresponsive'; at: number }
  | { kind: 'interview-reminder'; at: number; hoursBefore: number }
  | { kind: 'thank-you-reminder'; at: number }
  | { kind: 'thank-you-deadline'; at: number }
  | { kind: 'keep-in-touch'; at: number };

export interface RelationshipView {
  ids: RelationshipIds;
  stage: Stage;
  outcome: ResponseOutcome | null;
  nextDue: DueAction | null;
  counts: {
    followUpsRaised: number;
    followUpsSent: number;
    touches: number;
    keepInTouchRaised: number;
    duplicatesIgnored: number;
  };
  policy: RelationshipPolicy;
  interviewAt: number | null;
  lastTouchAt: number | null;
  history: HistoryEntry[];
  historyTotal: number;
}

export const SEEN_EVENT_LIMIT = 500;
export const HISTORY_LIMIT = 50;

export function initialState(ids: RelationshipIds, policyOverride: PolicyOverride = {}) {
  const state: RelationshipState = {
    ids,
    stage: 'prepared',
    followUpsRaised: 0,
    followUpsSent: 0,
    secondContactRaised: false,
    remindersDone: [],
    thankYouDone: [],
    touches: 0,
    keepInTouchRaised: 0,
    timerSequence: 0,
    policyOverride,
    seenEventIds: [],
    duplicatesIgnored: 0,
    history: [],
    historyTotal: 0,
  };
  return state;
}

export function record(state: RelationshipState, entry: HistoryEntry): void {
  state.history.push(entry);
  if (state.history.length > HISTORY_LIMIT) state.history.shift();
  state.historyTotal += 1;
}

/** True the first time an event id is seen; remembers it within the bound. */
export function firstSighting(state: RelationshipState, sourceEventId: string): boolean {
  if (state.seenEventIds.includes(sourceEventId)) return false;
  state.seenEventIds.push(sourceEventId);
  if (state.seenEventIds.length > SEEN_EVENT_LIMIT) state.seenEventIds.shift();
  return true;
}

export function viewOf(
  state: RelationshipState,
  policy: RelationshipPolicy,
  nextDue: DueAction | undefined,
): RelationshipView {
  return {
    ids: state.ids,
    stage: state.stage,
    outcome: state.outcome ?? null,
    nextDue: nextDue ?? null,
    counts: {
      followUpsRaised: state.followUpsRaised,
      followUpsSent: state.followUpsSent,
      touches: state.touches,
      keepInTouchRaised: state.keepInTouchRaised,
      duplicatesIgnored: state.duplicatesIgnored,
    },
    policy,
    interviewAt: state.interviewAt ?? null,
    lastTouchAt: state.lastTouchAt ?? null,
    history: [...state.history],
    historyTotal: state.historyTotal,
  };
}
