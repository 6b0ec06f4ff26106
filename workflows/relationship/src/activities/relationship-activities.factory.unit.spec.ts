import { ApplicationFailure } from '@temporalio/activity';
import { generateInternalKeyPair, verifyInternalToken } from '@rapport/platform/http';
import { createRelationshipActivities } from './relationship-activities.factory';

const item = {
  idempotencyKey: 'rel:uni-a:r1:4',
  tenantId: 'uni-a',
  relationshipId: 'r1',
  memberId: 'member-1',
  contactId: 'contact-1',
  dueAt: 0,
};

describe('relationship activities', () => {
  it('raises a follow-up in outreach with a system token and the idempotency key', async () => {
    const keys = await generateInternalKeyPair();
    const fetch = jest.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(new Response('{}', { status: 200 })),
    );
    const activities = createRelationshipActivities({
      outreachBaseUrl: 'http://outreach.test',
      internalPrivateKeyPem: keys.privateKeyPem,
      publishDue: () => Promise.resolve(),
      currentInstitutionPolicy: () => Promise.resolve(null),
      fetch: fetch as unknown as typeof globalThis.fetch,
    });
    await activities.raiseFollowUpDue({ ...item, sequence: 2, mode: 'standard' });

    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('http://outreach.test/members/member-1/outreach/contact-1/follow-up-due');
    expect(JSON.parse(init?.body as string)).toEqual({
      sequence: 2,
      idempotencyKey: 'rel:uni-a:r1:4',
      mode: 'standard',
    });
    const token = String((init?.headers as Record<string, string>)['authorization']).slice(7);
    const context = await verifyInternalToken(token, keys.publicKeyPem, 'outreach');
    expect(context).toMatchObject({ tenantId: 'uni-a', actor: { role: 'system' } });
  });

  it('does not retry a request outreach rejects, and does retry when it is down', async () => {
    const keys = await generateInternalKeyPair();
    const answering = (status: number) =>
      createRelationshipActivities({
        outreachBaseUrl: 'http://outreach.test',
        internalPrivateKeyPem: keys.privateKeyPem,
        publishDue: () => Promise.resolve(),
        currentInstitutionPolicy: () => Promise.resolve(null),
        fetch: () => Promise.resolve(new Response('nope', { status })),
      });
    const rejected = answering(422).markUnresponsive({ ...item, suggestion: 'x' });
    await expect(rejected).rejects.toBeInstanceOf(ApplicationFailure);
    await expect(rejected).rejects.toMatchObject({ nonRetryable: true });
    await expect(
      answering(503).markUnresponsive({ ...item, suggestion: 'x' }),
    ).rejects.toMatchObject({ nonRetryable: false });
  });

  it('hands notifications-bound due items to the outbox port', async () => {
    const published: unknown[] = [];
    const activities = createRelationshipActivities({
      outreachBaseUrl: 'http://outreach.test',
      internalPrivateKeyPem: 'unused',
      currentInstitutionPolicy: () => Promise.resolve(null),
      publishDue: (notification) => {
        published.push(notification);
        return Promise.resolve();
      },
    });
    await activities.raiseKeepInTouchDue({ ...item, lastTouchAt: null, cycle: 1 });
    expect(published).toEqual([
      { type: 'KeepInTouchDue', item: { ...item, lastTouchAt: null, cycle: 1 } },
    ]);
  });
});
