import { z } from 'zod';
import { v1Get, v1Path } from '../app/v1-client';
import { ProblemError } from '../app/problem';

// The outreach service's board (services/outreach, outreach-responses.ts), the fields shown.
export const BOARD_COLUMNS = [
  'drafted',
  'awaiting-reply',
  'follow-up-due',
  'responded',
  'closed',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

export const COLUMN_LABELS: Readonly<Record<BoardColumn, string>> = {
  drafted: 'Drafted',
  'awaiting-reply': 'Awaiting reply',
  'follow-up-due': 'Follow-up due',
  responded: 'Responded',
  closed: 'Closed',
};

const boardCard = z.object({
  contactId: z.string(),
  relationshipId: z.string(),
  name: z.string().nullable(),
  organisation: z.string().nullable(),
  column: z.enum(BOARD_COLUMNS),
  channel: z.string().nullable(),
  followUpsSent: z.number(),
  lastSentAt: z.string().nullable(),
  nextDue: z.object({ at: z.string(), expected: z.boolean() }).nullable(),
});
const board = z.object({
  total: z.number(),
  columns: z.object({
    drafted: z.array(boardCard),
    'awaiting-reply': z.array(boardCard),
    'follow-up-due': z.array(boardCard),
    responded: z.array(boardCard),
    closed: z.array(boardCard),
  }),
});
export type BoardCard = z.infer<typeof boardCard>;
export type Board = z.infer<typeof board>;

export function fetchBoard(memberId: string): Promise<Board> {
  return v1Get(v1Path`/members/${memberId}/pipeline`, board);
}

// The interviews service's timeline (services/interviews, interview-responses.ts).
const timeline = z.object({
  relationshipId: z.string(),
  lastTouchAt: z.string().nullable(),
  health: z.object({
    colour: z.enum(['green', 'amber', 'red']),
    reason: z.enum(['interview-planned', 'recent-touch', 'touch-due', 'touch-overdue']),
    cadenceWeeks: z.number(),
  }),
  entries: z.array(
    z.object({ eventId: z.string(), kind: z.string(), at: z.string(), touch: z.boolean() }),
  ),
});
export type Timeline = z.infer<typeof timeline>;

/** A relationship's timeline, or null while nothing has reached it yet (the service says 404). */
export async function fetchTimeline(
  memberId: string,
  relationshipId: string,
): Promise<Timeline | null> {
  try {
    return await v1Get(
      v1Path`/members/${memberId}/relationships/${relationshipId}/timeline`,
      timeline,
    );
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return null;
    throw error;
  }
}

/** The health colour in words: colour alone must never carry the meaning. */
export function healthLabel(health: Timeline['health']): string {
  switch (health.reason) {
    case 'interview-planned':
      return 'Healthy: a conversation is planned';
    case 'recent-touch':
      return `Healthy: in touch within ${health.cadenceWeeks} weeks`;
    case 'touch-due':
      return `Time to get in touch: more than ${health.cadenceWeeks} weeks since the last touch`;
    case 'touch-overdue':
      return 'Overdue: well past the keep-in-touch cadence';
    default: {
      const never: never = health.reason;
      return never;
    }
  }
}

/** "request-sent" → "Request sent" (and "RequestSent" alike, should a kind be an event's name). */
export function entryLabel(kind: string): string {
  const words = kind
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
