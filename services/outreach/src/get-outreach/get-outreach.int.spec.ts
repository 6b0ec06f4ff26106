import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const workflow: Caller = { id: 'relationship-workflow', role: 'system' };

describe('read an outreach', () => {
  const suite = isolateSuite('outreach-get');
  let service: OutreachTestApp;
  const path = (action = '') => `/members/member-ada/outreach/c-grace${action}`;

  beforeAll(async () => {
    service = await startOutreachApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('is not found before anything was drafted or sent', async () => {
    const reply = await service.as(ada).send('GET', path());
    expect(reply.status).toBe(404);
  });

  it('shows status, counts and a history without message bodies, with its ETag', async () => {
    await expectStatus(service, ada, 200, 'PUT', path('/draft'), {
      json: { channel: 'email', subject: 'Advice', body: 'Dear Grace, a secret plan…' },
    });
    await expectStatus(service, ada, 200, 'POST', path('/send'), {
      json: { channel: 'email', delivery: 'logged' },
    });
    service.clock.advanceDays(14);
    await expectStatus(service, workflow, 200, 'POST', path('/follow-up-due'), {
      json: { sequence: 1, idempotencyKey: 'k-1' },
    });
    const reply = await expectStatus(service, ada, 200, 'GET', path());
    expect(reply.headers.etag).toBe('"3"');
    const view = reply.json<{ history: unknown[] }>();
    expect(view).toMatchObject({
      memberId: 'member-ada',
      contactId: 'c-grace',
      relationshipId: 'member-ada:c-grace',
      status: 'follow-up-due',
      version: 3,
      channel: 'email',
      sentThroughRapport: false,
      followUpsSent: 0,
      firstSentAt: '2026-03-02T09:00:00.000Z',
      pendingFollowUp: { sequence: 1, dueAt: '2026-03-16T09:00:00.000Z' },
    });
    expect(view.history).toEqual([
      {
        version: 1,
        type: 'OutreachDrafted',
        at: '2026-03-02T09:00:00.000Z',
        detail: { channel: 'email' },
      },
      {
        version: 2,
        type: 'OutreachSent',
        at: '2026-03-02T09:00:00.000Z',
        detail: { channel: 'email', delivery: 'logged' },
      },
      { version: 3, type: 'FollowUpDue', at: '2026-03-16T09:00:00.000Z', detail: { sequence: 1 } },
    ]);
    expect(reply.body).not.toContain('threadToken');
  });
});
