import { type EventMessage, GoalDecision } from '@rapport/contracts';

/**
 * Where one goal or one reflection counts in the institution's figures. A goal is `exploring`
 * until decided (explore-further keeps it exploring, and is counted apart), a reflection counts
 * under its fit.
 */
export type Tally =
  'exploring' | 'explore-further' | 'pursue' | 'not-for-me' | `fit-${1 | 2 | 3 | 4 | 5}`;

/** One goal's or one conversation's place, from one event of the exploration topic. */
export interface TallyMove {
  readonly tenantId: string;
  /** The goal (`goal|…`) or the reflection (`reflection|…`) the place belongs to. */
  readonly itemKey: string;
  readonly to: Tally;
  /** The goal stream's version: a place is only ever moved by a later event of its stream. */
  readonly version: number;
}

const DECIDED: Partial<Record<GoalDecision, Tally>> = {
  [GoalDecision.PURSUE]: 'pursue',
  [GoalDecision.EXPLORE_FURTHER]: 'explore-further',
  [GoalDecision.NOT_FOR_ME]: 'not-for-me',
};

const FITS = [1, 2, 3, 4, 5] as const;

/**
 * The move an event makes, or undefined for one that counts nowhere (or carries nonsense). It
 * takes the event's parts rather than a Kafka message so that the consumer (the envelope's
 * tenant and stream version) and the rebuild (the event store's) count by the same rule.
 */
export function tallyMoveOf(
  tenantId: string,
  version: number,
  payload: EventMessage,
): TallyMove | undefined {
  const at = (itemKey: string, to: Tally) => ({ tenantId, itemKey, to, version });
  switch (payload.$typeName) {
    case 'rapport.exploration.v1.GoalCreated':
      return at(`goal|${tenantId}|${payload.memberId}|${payload.goalId}`, 'exploring');
    case 'rapport.exploration.v1.DecisionRecorded': {
      const to = DECIDED[payload.decision];
      return to && at(`goal|${tenantId}|${payload.memberId}|${payload.goalId}`, to);
    }
    case 'rapport.exploration.v1.ReflectionRecorded': {
      const fit = FITS.find((value) => value === payload.fit);
      const { memberId, goalId, interviewId } = payload;
      return fit && at(`reflection|${tenantId}|${memberId}|${goalId}|${interviewId}`, `fit-${fit}`);
    }
    default:
      return undefined;
  }
}

/** The institution's figures: goals by status and decision, conversations by fit. */
export function figuresOf(counts: Readonly<Partial<Record<Tally, number>>>) {
  const n = (tally: Tally) => counts[tally] ?? 0;
  const decided = n('pursue') + n('not-for-me');
  const exploring = n('exploring') + n('explore-further');
  const byFit = Object.fromEntries(FITS.map((fit) => [String(fit), n(`fit-${fit}`)]));
  const reflections = FITS.reduce((sum, fit) => sum + n(`fit-${fit}`), 0);
  const fitSum = FITS.reduce((sum, fit) => sum + fit * n(`fit-${fit}`), 0);
  return {
    goals: { total: decided + exploring, exploring, decided },
    decisions: {
      pursue: n('pursue'),
      'explore-further': n('explore-further'),
      'not-for-me': n('not-for-me'),
    },
    reflections: {
      total: reflections,
      byFit,
      averageFit: reflections === 0 ? null : Math.round((fitSum / reflections) * 10) / 10,
    },
  };
}
