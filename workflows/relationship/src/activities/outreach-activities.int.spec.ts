import type { AddressInfo } from 'node:net';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { isolateSuite } from '@rapport/testing';
// The real outreach app, started in-process: this spec is the contract test between the worker's
// activities and the service they call, so it takes the service's own test harness rather than a
// stand-in that could drift from it. Test code only; the worker itself speaks HTTP.
/* eslint-disable @nx/enforce-module-boundaries */
import { outboxMessages } from '../../../../services/outreach/src/testing/outbox-messages';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  putProfile,
  seedContact,
  startOutreachApp,
} from '../../../../services/outreach/src/testing/outreach-test-app';
/* eslint-enable @nx/enforce-module-boundaries */
import { createRelationshipActivities } from './relationship-activities.factory';
import type { FollowUpDueItem, RelationshipActivities } from './relationship.activities';

const ada: Caller = { id: 'member-ada', role: 'member' };

interface OutreachView {
  status: string;
  version: number;
  followUpsSent: number;
  pendingFollowUp: { sequence: number } | null;
}

describe('the relationship activities against the real outreach app over HTTP', () => {
  const suite = isolateSuite('rel-activities-outreach');
  let service: OutreachTestApp;
  let activities: RelationshipActivities;
  /** Runs one activity call in an activity context, as the worker would. */
  const run = (call: () => Promise<void>) => new MockActivityEnvironment().run(call);

  const view = async (contactId: string) =>
    (
      await expectStatus(service, ada, 200, 'GET', `/members/member-ada/outreach/${contactId}`)
    ).json<OutreachView>();
  const dueEvents = async (contactId: string) =>
    (await outboxMessages(service.db, `outreach:member-ada:${contactId}`)).filter(
      (m) => m.type === 'rapport.outreach.v1.FollowUpDue',
    );

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    // A real port: the activity goes through fetch, the token check and the router like in production.
    await service.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = service.app.getHttpServer().address() as AddressInfo;
    activities = createRelationshipActivities({
      outreachBaseUrl: `http://127.0.0.1:${port}`,
      internalPrivateKeyPem: service.internalPrivateKeyPem,
      publishDue: () => Promise.reject(new Error('no notifications-bound item in this spec')),
      currentInstitutionPolicy: () => Promise.reject(new Error('not read in this spec')),
    });
    await putProfile(service, ada, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@uni.example',
    });
    for (const contactId of ['c-grace', 'c-mary'])
      await seedContact(service, 'member-ada', contactId, {
        givenName: 'Grace',
        familyName: 'Example',
        email: `${contactId}@example.org`,
        organisation: 'US Navy',
      });
  });

  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  async function sendRequest(contactId: string) {
    await expectStatus(
      service,
      ada,
      200,
      'POST',
      `/members/member-ada/outreach/${contactId}/send`,
      {
        json: { channel: 'email', delivery: 'rapport', subject: 'Advice?', body: 'Dear Grace, …' },
      },
    );
  }

  const item = (contactId: string, sequence: number): FollowUpDueItem => ({
    idempotencyKey: `uni-a/rel-${contactId}:${sequence}`,
    tenantId: 'uni-a',
    relationshipId: `rel-${contactId}`,
    memberId: 'member-ada',
    contactId,
    dueAt: Date.parse('2026-03-16T09:00:00Z'),
    sequence,
    mode: 'standard',
  });

  it('raises the follow-up in outreach once; the same key again changes nothing', async () => {
    await sendRequest('c-grace');
    const before = await view('c-grace');
    expect(before.pendingFollowUp).toBeNull();

    await run(() => activities.raiseFollowUpDue(item('c-grace', 1)));
    const raised = await view('c-grace');
    expect(raised).toMatchObject({ status: 'follow-up-due', pendingFollowUp: { sequence: 1 } });
    expect(raised.version).toBeGreaterThan(before.version);
    expect(await dueEvents('c-grace')).toHaveLength(1);

    // Temporal retries an activity whose answer was lost: same item, same key.
    await run(() => activities.raiseFollowUpDue(item('c-grace', 1)));
    expect(await view('c-grace')).toEqual(raised);
    expect(await dueEvents('c-grace')).toHaveLength(1);
  });

  it('marks the outreach unresponsive through the same door', async () => {
    await sendRequest('c-mary');
    await run(() =>
      activities.markUnresponsive({
        ...item('c-mary', 4),
        suggestion: 'Try someone else at the US Navy.',
      }),
    );
    expect((await view('c-mary')).status).toBe('unresponsive');
  });

  it('fails without retrying when outreach refuses the item (nothing sent to that contact yet)', async () => {
    const failure = await run(() => activities.raiseFollowUpDue(item('c-nobody', 1))).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'InvalidDueItem', nonRetryable: true });
  });
});
