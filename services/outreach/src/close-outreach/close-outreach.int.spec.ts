import { isolateSuite } from '@rapport/testing';
import { outboxMessages } from '../testing/outbox-messages';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const workflow: Caller = { id: 'relationship-workflow', role: 'system' };

describe('close and reopen an outreach', () => {
  const suite = isolateSuite('outreach-close');
  let service: OutreachTestApp;
  const path = (action: string) => `/members/member-ada/outreach/c-grace${action}`;

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await expectStatus(service, ada, 200, 'POST', path('/send'), {
      json: { channel: 'email', delivery: 'logged' },
    });
    await expectStatus(service, workflow, 200, 'POST', path('/follow-up-due'), {
      json: { sequence: 1, idempotencyKey: 'k-1' },
    });
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('closes for a reason, keeps where it stood, and ignores timers meanwhile', async () => {
    const closed = await expectStatus(service, ada, 200, 'POST', path('/close'), {
      json: { reason: 'Changed my mind about the field' },
    });
    expect(closed.json()).toMatchObject({
      status: 'closed',
      statusBeforeClose: 'follow-up-due',
      closeReason: 'Changed my mind about the field',
      closedAt: '2026-03-02T09:00:00.000Z',
    });
    const due = await expectStatus(service, workflow, 200, 'POST', path('/follow-up-due'), {
      json: { sequence: 2, idempotencyKey: 'k-2' },
    });
    expect(due.json()).toMatchObject({ raised: false, status: 'closed' });
    const followUp = await service.as(ada).send('POST', path('/follow-ups'), {
      json: { channel: 'phone', delivery: 'logged' },
    });
    expect(followUp.status).toBe(409);
    expect(followUp.json()).toMatchObject({ reason: 'closed' });
    const again = await expectStatus(service, ada, 200, 'POST', path('/close'));
    expect(again.headers.etag).toBe(closed.headers.etag);
  });

  it('reopens where it was, and tells other contexts both times', async () => {
    const reopened = await expectStatus(service, ada, 200, 'POST', path('/reopen'));
    expect(reopened.json()).toMatchObject({
      status: 'follow-up-due',
      pendingFollowUp: { sequence: 1 },
    });
    const types = (await outboxMessages(service.db, 'outreach:member-ada:c-grace')).map(
      (m) => m.type,
    );
    expect(types.slice(-2)).toEqual([
      'rapport.outreach.v1.OutreachClosed',
      'rapport.outreach.v1.OutreachReopened',
    ]);
  });

  it('has nothing to close before a draft or a send, and is the member’s to do', async () => {
    const nothing = await service.as(ada).send('POST', '/members/member-ada/outreach/c-none/close');
    expect(nothing.status).toBe(404);
    const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
    expect((await service.as(coach).send('POST', path('/close'))).status).toBe(403);
    expect((await service.as(coach).send('POST', path('/reopen'))).status).toBe(403);
    const bad = await service.as(ada).send('POST', path('/close'), { json: { why: 'x' } });
    expect(bad.status).toBe(400);
  });
});
