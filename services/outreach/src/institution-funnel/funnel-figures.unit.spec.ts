import {
  addTo,
  contributionOf,
  differenceOf,
  emptyTotals,
  figuresOf,
  funnelFigures,
} from './funnel-figures';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 9));

describe('funnel figures', () => {
  it('counts requests and replies, and takes the median and the follow-ups per reply', () => {
    const figures = funnelFigures([
      {
        memberId: 'a',
        firstSentAt: day(0),
        respondedAt: day(2),
        followUpsSent: 0,
        outcome: 'accepted',
      },
      {
        memberId: 'a',
        firstSentAt: day(0),
        respondedAt: day(16),
        followUpsSent: 1,
        outcome: 'referred',
      },
      {
        memberId: 'b',
        firstSentAt: day(1),
        respondedAt: day(5),
        followUpsSent: 2,
        outcome: 'declined',
      },
      { memberId: 'b', firstSentAt: day(3), followUpsSent: 3 },
      { memberId: 'c' },
    ]);
    expect(figures).toEqual({
      members: 2,
      requestsSent: 4,
      responses: 3,
      replyRate: 0.75,
      medianDaysToReply: 4,
      followUpsPerReply: 1,
      outcomes: { accepted: 1, declined: 1, referred: 1, other: 0 },
    });
  });

  it('averages the middle two for an even count and says null, not zero, when nothing was sent', () => {
    const even = funnelFigures([
      {
        memberId: 'a',
        firstSentAt: day(0),
        respondedAt: day(1),
        followUpsSent: 0,
        outcome: 'other',
      },
      {
        memberId: 'a',
        firstSentAt: day(0),
        respondedAt: day(4),
        followUpsSent: 1,
        outcome: 'other',
      },
    ]);
    expect(even.medianDaysToReply).toBe(2.5);
    expect(even.followUpsPerReply).toBe(0.5);
    expect(funnelFigures([])).toMatchObject({
      requestsSent: 0,
      replyRate: null,
      medianDaysToReply: null,
      followUpsPerReply: null,
    });
  });
});

describe('funnel totals kept by differences', () => {
  it('end where the final rows’ figures are, through a reclassified answer and a late follow-up count', () => {
    const sent = { memberId: 'a', firstSentAt: day(0), followUpsSent: 0 };
    const history = [
      undefined,
      sent,
      { ...sent, followUpsSent: 1 },
      { ...sent, followUpsSent: 1, respondedAt: day(3), outcome: 'other' as const },
      { ...sent, followUpsSent: 1, respondedAt: day(5), outcome: 'accepted' as const },
    ];
    const totals = emptyTotals();
    for (let i = 1; i < history.length; i++) {
      addTo(totals, differenceOf(contributionOf(history[i]), contributionOf(history[i - 1])));
    }
    totals.members = 1;
    expect(figuresOf(totals)).toEqual(funnelFigures([history.at(-1)!]));
    expect(totals.outcomes).toEqual({ other: 0, accepted: 1 });
    // Applying the last change again would move nothing: the difference of a state with itself.
    expect(differenceOf(contributionOf(history[4]), contributionOf(history[4]))).toEqual({});
  });

  it('takes the median from the hour histogram as from the rows', () => {
    const rows = [1, 2, 4, 9].map((days) => ({
      memberId: 'a',
      firstSentAt: day(0),
      respondedAt: new Date(day(days).getTime() + 5 * 60 * 60 * 1000),
    }));
    expect(funnelFigures(rows).medianDaysToReply).toBe(3.2);
  });
});
