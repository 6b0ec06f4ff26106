import { isolateSuite } from '@rapport/testing';
import type { PipelineCard } from '../projections/pipeline-card.projection';
import { FunnelCounters } from './funnel-counters';
import { isoWeekOf } from './iso-week';

const SENT = new Date('2026-03-03T09:00:00Z');
const REPLIED = new Date('2026-03-04T09:00:00Z');

const card = (tenantId: string, memberId: string, more: Partial<PipelineCard> = {}) =>
  ({
    tenantId,
    memberId,
    contactId: 'c1',
    relationshipId: `${memberId}-c1`,
    openStatus: 'awaiting-reply',
    firstSentAt: SENT,
    updatedAt: SENT,
    streamVersion: 1,
    ...more,
  }) as PipelineCard;

// The funnel's counters are moved by the writer's inline apply and by a relay's repair apply,
// which can run at the same moment for different members of one tenant. FerretDB reads, changes
// and writes back a whole document per update, so `$inc`s of one document sent together lost
// some (48 of 60 before the increments went one at a time per document).
describe('the funnel counters under increments of one document sent together', () => {
  const suite = isolateSuite('outreach-funnel-counters');
  let counters: FunnelCounters;

  beforeAll(async () => {
    counters = new FunnelCounters(await suite.db());
  });
  afterAll(() => suite.cleanup());

  it('counts every member’s request and reply in the tenant’s totals and its week', async () => {
    const members = Array.from({ length: 60 }, (_, n) => `m-${n}`);
    await Promise.all(members.map((m) => counters.record('uni-a', m, undefined, card('uni-a', m))));
    await Promise.all(
      members.map((m) =>
        counters.record(
          'uni-a',
          m,
          card('uni-a', m),
          card('uni-a', m, { respondedAt: REPLIED, outcome: 'accepted', streamVersion: 2 }),
        ),
      ),
    );

    const totals = await counters.ofTenant('uni-a');
    expect(totals).toMatchObject({ members: 60, requestsSent: 60, responses: 60 });
    expect(totals.outcomes).toEqual({ accepted: 60 });
    expect(totals.replyHours).toEqual({ h24: 60 });
    const [week] = await counters.weeks.ofTenant('uni-a', [isoWeekOf(SENT)]);
    expect(week).toMatchObject({ requestsSent: 60, responses: 60 });
  });

  it('keeps each tenant’s sums apart while both move at once', async () => {
    await Promise.all(
      ['uni-b', 'uni-c'].flatMap((tenant) =>
        Array.from({ length: 20 }, (_, n) =>
          counters.record(tenant, `m-${n}`, undefined, card(tenant, `m-${n}`)),
        ),
      ),
    );
    expect(await counters.ofTenant('uni-b')).toMatchObject({ members: 20, requestsSent: 20 });
    expect(await counters.ofTenant('uni-c')).toMatchObject({ members: 20, requestsSent: 20 });
    expect(await counters.ofMembers('uni-b', ['m-0', 'm-1'])).toMatchObject({
      members: 2,
      requestsSent: 2,
    });
  });
});
