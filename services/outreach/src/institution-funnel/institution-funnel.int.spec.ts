import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const bea: Caller = { id: 'member-bea', role: 'member' };

describe('the institution funnel', () => {
  const suite = isolateSuite('outreach-funnel');
  let service: OutreachTestApp;
  const act = (caller: Caller, contactId: string, action: string, json?: unknown) =>
    expectStatus(
      service,
      caller,
      200,
      action === 'draft' ? 'PUT' : 'POST',
      `/members/${caller.id}/outreach/${contactId}/${action}`,
      {
        json,
      },
    );
  const logged = { channel: 'email', delivery: 'logged' };

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    for (const contactId of ['c1', 'c2', 'c3']) await act(ada, contactId, 'send', logged);
    await act(ada, 'c4', 'draft', { channel: 'email', body: 'Not sent yet' });
    await act(bea, 'b1', 'send', logged);
    await act({ ...ada, tenantId: 'uni-b' }, 'x1', 'send', logged);
    service.clock.advanceDays(2);
    await act(ada, 'c1', 'response', { outcome: 'accepted' });
    service.clock.advanceDays(3);
    await act(bea, 'b1', 'response', { outcome: 'declined' });
    service.clock.advanceDays(9);
    await act(ada, 'c2', 'follow-ups', logged);
    await act(ada, 'c3', 'follow-ups', logged);
    service.clock.advanceDays(2);
    await act(ada, 'c2', 'response', {
      outcome: 'referred',
      referredTo: { givenName: 'Jean', familyName: 'Sammet' },
    });
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('gives an admin the whole institution’s figures, and nothing of another', async () => {
    const admin: Caller = { id: 'admin-al', role: 'admin' };
    const funnel = await expectStatus(service, admin, 200, 'GET', '/funnel');
    expect(funnel.json()).toEqual({
      scope: 'institution',
      members: 2,
      requestsSent: 4,
      responses: 3,
      replyRate: 0.75,
      medianDaysToReply: 5,
      followUpsPerReply: 0.33,
      outcomes: { accepted: 1, declined: 1, referred: 1, other: 0 },
    });
  });

  it('gives a coach the figures of assigned members only', async () => {
    const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
    expect((await expectStatus(service, coach, 200, 'GET', '/funnel')).json()).toEqual({
      scope: 'assigned-members',
      members: 1,
      requestsSent: 3,
      responses: 2,
      replyRate: 0.667,
      medianDaysToReply: 9,
      followUpsPerReply: 0.5,
      outcomes: { accepted: 1, declined: 0, referred: 1, other: 0 },
    });
    const unassigned: Caller = { id: 'coach-dee', role: 'coach', assignedMemberIds: [] };
    expect((await expectStatus(service, unassigned, 200, 'GET', '/funnel')).json()).toMatchObject({
      requestsSent: 0,
      replyRate: null,
    });
  });

  it('is not for members, operators or the system', async () => {
    for (const caller of [
      ada,
      { id: 'op', role: 'operator' },
      { id: 'wf', role: 'system' },
    ] as const) {
      expect((await service.as(caller).send('GET', '/funnel')).status).toBe(403);
    }
  });
});
