import { EventStore } from '@rapport/eventstore';
import { isolateSuite } from '@rapport/testing';
import type { OutreachEvent } from '../domain/outreach.events';
import { eventAt, type OutreachEventAt } from '../projections/outreach-event-at';
import { OutreachProjections } from '../projections/outreach-projections';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const bea: Caller = { id: 'member-bea', role: 'member' };
const admin: Caller = { id: 'admin-al', role: 'admin' };
const RANGE = '/funnel/weeks?from=2026-W09&to=2026-W12';

describe('the institution funnel week by week', () => {
  const suite = isolateSuite('outreach-funnel-weeks');
  let service: OutreachTestApp;
  const act = (caller: Caller, contactId: string, action: string, json?: unknown) =>
    expectStatus(
      service,
      caller,
      200,
      'POST',
      `/members/${caller.id}/outreach/${contactId}/${action}`,
      {
        json,
      },
    );
  const logged = { channel: 'email', delivery: 'logged' };
  const series = async () => (await expectStatus(service, admin, 200, 'GET', RANGE)).json();

  // The test clock starts on Monday 2 March 2026, the first day of 2026-W10.
  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await act(ada, 'c1', 'send', logged);
    await act(ada, 'c2', 'send', logged);
    await act({ ...ada, tenantId: 'uni-b' }, 'x1', 'send', logged);
    service.clock.advanceDays(7);
    await act(bea, 'b1', 'send', logged);
    await act(ada, 'c1', 'response', { outcome: 'accepted' });
    service.clock.advanceDays(7);
    await act(bea, 'b1', 'response', { outcome: 'declined' });
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const empty = { accepted: 0, declined: 0, referred: 0, other: 0 };
  const expected = {
    from: '2026-W09',
    to: '2026-W12',
    weeks: [
      {
        week: '2026-W09',
        requestsSent: 0,
        responses: 0,
        replyRate: null,
        medianDaysToReply: null,
        followUpsPerReply: null,
        outcomes: empty,
      },
      {
        week: '2026-W10',
        requestsSent: 2,
        responses: 0,
        replyRate: 0,
        medianDaysToReply: null,
        followUpsPerReply: null,
        outcomes: empty,
      },
      // A reply counts in the week it came, a request in the week it went.
      {
        week: '2026-W11',
        requestsSent: 1,
        responses: 1,
        replyRate: 1,
        medianDaysToReply: 7,
        followUpsPerReply: 0,
        outcomes: { ...empty, accepted: 1 },
      },
      {
        week: '2026-W12',
        requestsSent: 0,
        responses: 1,
        replyRate: null,
        medianDaysToReply: 7,
        followUpsPerReply: 0,
        outcomes: { ...empty, declined: 1 },
      },
    ],
  };

  it('gives an admin their institution’s weeks, and nothing of another', async () => {
    expect(await series()).toEqual(expected);
    const other = await expectStatus(service, { ...admin, tenantId: 'uni-b' }, 200, 'GET', RANGE);
    const { weeks } = other.json<{ weeks: { requestsSent: number }[] }>();
    expect(weeks.map((week) => week.requestsSent)).toEqual([0, 1, 0, 0]);
  });

  it('counts nothing twice when the events are applied again, and rebuilds the same weeks', async () => {
    const projections = service.app.get(OutreachProjections);
    const all: OutreachEventAt[] = [];
    for await (const recorded of new EventStore(service.db).readAll<OutreachEvent>())
      all.push(eventAt(recorded));
    await projections.apply(all);
    expect(await series()).toEqual(expected);
    await projections.funnel.weeks.collection.deleteMany({});
    await projections.rebuild(new EventStore(service.db));
    expect(await series()).toEqual(expected);
  });

  it('defaults to the last 13 weeks, and refuses a range over 104 weeks by field', async () => {
    const recent = (await expectStatus(service, admin, 200, 'GET', '/funnel/weeks')).json();
    expect(recent).toMatchObject({ from: '2025-W52', to: '2026-W12' });
    expect(recent.weeks).toHaveLength(13);
    const counted = await expectStatus(service, admin, 200, 'GET', '/funnel/weeks?weeks=4');
    expect(counted.json()).toEqual(expected);
    const tooLong = await service.as(admin).send('GET', '/funnel/weeks?from=2024-W01&to=2026-W12');
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.json())).toContain('at most 104 weeks');
    const malformed = await service.as(admin).send('GET', '/funnel/weeks?from=2026-13');
    expect(malformed.status).toBe(400);
  });

  it('is for admins only: coaches keep their members’ totals, members and operators nothing', async () => {
    const callers: Caller[] = [
      ada,
      { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] },
      { id: 'op', role: 'operator' },
    ];
    for (const caller of callers) {
      expect((await service.as(caller).send('GET', RANGE)).status).toBe(403);
    }
  });
});
