import { isolateSuite } from '@rapport/testing';
import {
  ada,
  adaElsewhere,
  adasCoach,
  bob,
  expectStatus,
  type ExplorationTestApp,
  goalBody,
  otherCoach,
  startExplorationApp,
} from '../testing/exploration-test-app';

describe('the coach’s overview and the institution’s figures', () => {
  const suite = isolateSuite('exploration-coach');
  let service: ExplorationTestApp;
  const admin = { id: 'admin-al', role: 'admin' } as const;

  beforeAll(async () => {
    service = await startExplorationApp(suite);
    const goals = `/members/${ada.id}/goals`;
    await expectStatus(service, ada, 201, 'POST', goals, { json: goalBody('g-1') });
    await expectStatus(service, ada, 200, 'PUT', `${goals}/g-1/decision`, {
      json: { decision: 'pursue', reason: 'It fits' },
    });
    await expectStatus(service, ada, 201, 'POST', `/members/${ada.id}/target-organisations`, {
      json: { organisationId: 'acme', name: 'Acme Analytics', motivation: 'Retail data' },
    });
    await expectStatus(service, bob, 201, 'POST', `/members/${bob.id}/goals`, {
      json: goalBody('g-bob'),
    });
  });
  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('shows a coach their assigned members’ goals, decisions and targets, and no one else’s', async () => {
    const reply = await expectStatus(service, adasCoach, 200, 'GET', '/exploration/coach');
    expect(reply.json()).toEqual({
      members: [
        {
          memberId: ada.id,
          goals: [
            expect.objectContaining({
              goalId: 'g-1',
              decision: expect.objectContaining({ decision: 'pursue' }) as unknown,
            }),
          ],
          targets: [{ rank: 1, organisationId: 'acme', name: 'Acme Analytics' }],
        },
      ],
    });
    const bobs = await expectStatus(service, otherCoach, 200, 'GET', '/exploration/coach');
    expect(bobs.json()).toMatchObject({ members: [{ memberId: bob.id, targets: [] }] });
    const elsewhere = { ...adasCoach, tenantId: 'uni-b' };
    const empty = await expectStatus(service, elsewhere, 200, 'GET', '/exploration/coach');
    expect(empty.json()).toEqual({ members: [{ memberId: ada.id, goals: [], targets: [] }] });
  });

  it('keeps the overview for coaches and the figures for admins', async () => {
    for (const caller of [ada, bob, admin, adaElsewhere]) {
      const denied = await expectStatus(service, caller, 403, 'GET', '/exploration/coach');
      expect(denied.headers['content-type']).toContain('application/problem+json');
    }
    for (const caller of [ada, adasCoach]) {
      await expectStatus(service, caller, 403, 'GET', '/exploration/institution');
    }
    // Counts only; this app's relay is not running, so nothing reached the topic the figures read.
    const figures = await expectStatus(service, admin, 200, 'GET', '/exploration/institution');
    expect(figures.json()).toMatchObject({
      scope: 'institution',
      goals: { total: 0 },
      reflections: { averageFit: null },
    });
    expect(JSON.stringify(figures.json())).not.toContain(ada.id);
  });
});
