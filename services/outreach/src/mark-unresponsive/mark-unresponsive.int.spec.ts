import { isolateSuite } from '@rapport/testing';
import { outboxMessages } from '../testing/outbox-messages';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  seedContact,
  startOutreachApp,
} from '../testing/outreach-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const workflow: Caller = { id: 'relationship-workflow', role: 'system' };

describe('mark an outreach unresponsive', () => {
  const suite = isolateSuite('outreach-unresponsive');
  let service: OutreachTestApp;
  const path = (contactId: string, action: string) =>
    `/members/member-ada/outreach/${contactId}${action}`;

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await seedContact(service, 'member-ada', 'c-quiet', {
      givenName: 'Quiet',
      familyName: 'Person',
      organisation: 'Bell Labs',
    });
    for (const contactId of ['c-quiet', 'c-member']) {
      await expectStatus(service, ada, 200, 'POST', path(contactId, '/send'), {
        json: { channel: 'email', delivery: 'logged' },
      });
    }
    await expectStatus(service, ada, 200, 'POST', path('c-quiet', '/follow-ups'), {
      json: { channel: 'email', delivery: 'logged' },
    });
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('after the last follow-up the workflow stops asking, with a next step named', async () => {
    const reply = await expectStatus(
      service,
      workflow,
      200,
      'POST',
      path('c-quiet', '/unresponsive'),
    );
    const view = reply.json<{ status: string; suggestion: string }>();
    expect(view.status).toBe('unresponsive');
    expect(view.suggestion).toBe(
      'No answer after 1 follow-up, so Rapport will not remind you again. Let this one rest; ask someone else at Bell Labs, or look for a mutual connection who could introduce you.',
    );
    const last = (await outboxMessages(service.db, 'outreach:member-ada:c-quiet')).at(-1);
    expect(last).toMatchObject({
      type: 'rapport.outreach.v1.OutreachMarkedUnresponsive',
      payload: { followUpsSent: 1 },
    });
    const again = await expectStatus(
      service,
      workflow,
      200,
      'POST',
      path('c-quiet', '/unresponsive'),
    );
    expect(again.headers.etag).toBe(reply.headers.etag);
  });

  it('lets the member give up with their own next step, but not a coach', async () => {
    const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
    expect((await service.as(coach).send('POST', path('c-member', '/unresponsive'))).status).toBe(
      403,
    );
    const reply = await expectStatus(service, ada, 200, 'POST', path('c-member', '/unresponsive'), {
      json: { suggestion: 'Ask at the alumni evening instead' },
    });
    expect(reply.json()).toMatchObject({
      status: 'unresponsive',
      suggestion: 'Ask at the alumni evening instead',
    });
  });

  it('applies only to an outreach still waiting for an answer', async () => {
    const reply = await service.as(workflow).send('POST', path('c-never-sent', '/unresponsive'));
    expect(reply.status).toBe(409);
    expect(reply.json()).toMatchObject({ reason: 'not-awaiting' });
  });
});
