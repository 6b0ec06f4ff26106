import type { Board, BoardCard } from '../pipeline/pipeline';
import { memberStatus, signalLabel } from './member-status';

const NOW = new Date('2026-12-01T12:00:00Z');
const RULES = { weeks: 3, thankYouDeadlineHours: 48 };
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000).toISOString();

function card(overrides: Partial<BoardCard>): BoardCard {
  return {
    contactId: 'c-1',
    relationshipId: 'r-1',
    name: 'Grace Hopper',
    organisation: null,
    column: 'awaiting-reply',
    channel: 'email',
    followUpsSent: 0,
    lastSentAt: null,
    nextDue: null,
    ...overrides,
  };
}

function board(cards: BoardCard[]): Board {
  const columns: Board['columns'] = {
    drafted: [],
    'awaiting-reply': [],
    'follow-up-due': [],
    responded: [],
    closed: [],
  };
  for (const one of cards) columns[one.column].push(one);
  return { total: cards.length, columns };
}

describe('memberStatus', () => {
  it('says a member with only drafts has sent no request yet', () => {
    const status = memberStatus(board([card({ column: 'drafted' })]), [], RULES, NOW);
    expect(status).toEqual({ lastActivityAt: null, signals: [{ kind: 'no-request-yet' }] });
  });

  it('flags no request within the weeks, and not one sent inside them', () => {
    const old = board([card({ lastSentAt: daysAgo(22) })]);
    expect(memberStatus(old, [], RULES, NOW).signals).toEqual([
      { kind: 'no-recent-request', weeks: 3 },
    ]);
    const recent = board([card({ lastSentAt: daysAgo(22) }), card({ lastSentAt: daysAgo(20) })]);
    const status = memberStatus(recent, [], RULES, NOW);
    expect(status.signals).toEqual([]);
    expect(status.lastActivityAt).toBe(daysAgo(20));
  });

  it('counts follow-ups due and requests unanswered after follow-ups', () => {
    const cards = [
      card({ column: 'follow-up-due', lastSentAt: daysAgo(5) }),
      card({ followUpsSent: 2, lastSentAt: daysAgo(1) }),
      card({ followUpsSent: 0, lastSentAt: daysAgo(1) }),
    ];
    expect(memberStatus(board(cards), [], RULES, NOW).signals).toEqual([
      { kind: 'follow-ups-due', count: 1 },
      { kind: 'unanswered-follow-ups', count: 1 },
    ]);
  });

  it('counts thank-yous past the deadline only, and not sent ones', () => {
    const sent = board([card({ lastSentAt: daysAgo(1) })]);
    const interviews = [
      { status: 'completed', completedAt: daysAgo(3), thankYou: null },
      { status: 'completed', completedAt: daysAgo(1), thankYou: null },
      { status: 'completed', completedAt: daysAgo(5), thankYou: { channel: 'email' } },
      { status: 'scheduled' },
    ];
    const status = memberStatus(sent, interviews, RULES, NOW);
    expect(status.signals).toEqual([{ kind: 'overdue-thank-yous', count: 1 }]);
    // A finished conversation is activity too.
    expect(status.lastActivityAt).toBe(daysAgo(1));
  });

  it('says every signal in words', () => {
    expect(signalLabel({ kind: 'overdue-thank-yous', count: 2 })).toBe(
      '2 thank-yous overdue after a conversation',
    );
    expect(signalLabel({ kind: 'follow-ups-due', count: 1 })).toBe('1 follow-up due and not sent');
  });
});
