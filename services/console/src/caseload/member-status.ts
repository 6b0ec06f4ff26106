import type { Board } from '../pipeline/pipeline';

/** What the status reads of a member's interviews (services/interviews, interview-responses.ts). */
export interface InterviewFacts {
  readonly status: string;
  readonly completedAt?: string | undefined;
  readonly thankYou?: unknown;
}

/** Why a coach should look at a member now; each says itself in words on the page. */
export type StuckSignal =
  | { readonly kind: 'no-request-yet' }
  | { readonly kind: 'no-recent-request'; readonly weeks: number }
  | { readonly kind: 'follow-ups-due'; readonly count: number }
  | { readonly kind: 'unanswered-follow-ups'; readonly count: number }
  | { readonly kind: 'overdue-thank-yous'; readonly count: number };

export interface MemberStatus {
  /** The latest request, follow-up or finished conversation, ISO time; null when none. */
  readonly lastActivityAt: string | null;
  readonly signals: readonly StuckSignal[];
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Where a member stands, from their board and interviews as of `now` (passed in, so the rule is
 * testable): stuck when no request went out in `weeks`, follow-ups are due or unanswered, or a
 * thank-you is later than the institution's deadline after a conversation.
 */
export function memberStatus(
  board: Board,
  interviews: readonly InterviewFacts[],
  rules: { readonly weeks: number; readonly thankYouDeadlineHours: number },
  now: Date,
): MemberStatus {
  const cards = Object.values(board.columns).flat();
  const sentTimes = cards.flatMap((card) => (card.lastSentAt ? [Date.parse(card.lastSentAt)] : []));
  const completedTimes = interviews.flatMap((interview) =>
    interview.completedAt ? [Date.parse(interview.completedAt)] : [],
  );
  const latest = Math.max(...sentTimes, ...completedTimes);
  const signals: StuckSignal[] = [];

  if (sentTimes.length === 0) signals.push({ kind: 'no-request-yet' });
  else if (now.getTime() - Math.max(...sentTimes) > rules.weeks * WEEK_MS) {
    signals.push({ kind: 'no-recent-request', weeks: rules.weeks });
  }
  const due = board.columns['follow-up-due'].length;
  if (due > 0) signals.push({ kind: 'follow-ups-due', count: due });
  const unanswered = board.columns['awaiting-reply'].filter((card) => card.followUpsSent > 0);
  if (unanswered.length > 0) {
    signals.push({ kind: 'unanswered-follow-ups', count: unanswered.length });
  }
  const deadlineMs = rules.thankYouDeadlineHours * 3600 * 1000;
  const overdue = interviews.filter(
    (interview) =>
      interview.status === 'completed' &&
      !interview.thankYou &&
      interview.completedAt !== undefined &&
      now.getTime() - Date.parse(interview.completedAt) > deadlineMs,
  ).length;
  if (overdue > 0) signals.push({ kind: 'overdue-thank-yous', count: overdue });

  return {
    lastActivityAt: Number.isFinite(latest) ? new Date(latest).toISOString() : null,
    signals,
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A signal in words a coach can act on. */
export function signalLabel(signal: StuckSignal): string {
  switch (signal.kind) {
    case 'no-request-yet':
      return 'Has not sent a request yet';
    case 'no-recent-request':
      return `No request in the last ${signal.weeks} weeks`;
    case 'follow-ups-due':
      return `${plural(signal.count, 'follow-up', 'follow-ups')} due and not sent`;
    case 'unanswered-follow-ups':
      return `${plural(signal.count, 'request', 'requests')} still unanswered after follow-ups`;
    case 'overdue-thank-yous':
      return `${plural(signal.count, 'thank-you', 'thank-yous')} overdue after a conversation`;
    default: {
      const never: never = signal;
      return never;
    }
  }
}
