import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  expectStatus,
  type OutreachTestApp,
  putProfile,
  seedContact,
  startOutreachApp,
} from '../testing/outreach-test-app';
import {
  ada,
  emailsTo,
  fireFollowUpDue,
  outreachPath,
  requestSubject,
  sendRequest,
  workflow,
} from './follow-up-due.spec-helper';

describe('a follow-up falls due', () => {
  const suite = isolateSuite('outreach-follow-up-due');
  let service: OutreachTestApp;

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await putProfile(service, ada, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@uni.example',
    });
    for (const [contactId, givenName, organisation] of [
      ['c-auto', 'Grace', 'US Navy'],
      ['c-manual', 'Mary', 'US Navy'],
      ['c-replied', 'Katherine', 'NASA'],
      ['c-asked', 'Anita', 'U.S. navy'],
      ['c-colleague', 'Zed', 'US  Navy'],
    ] as const) {
      await seedContact(service, 'member-ada', contactId, {
        givenName,
        familyName: 'Example',
        email: `${contactId}@example.org`,
        organisation,
      });
    }
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('without auto-send, leaves a draft ready and the follow-up due for the member', async () => {
    await sendRequest(service, 'c-manual');
    const raised = await fireFollowUpDue(service, 'c-manual', 1);
    expect(raised).toMatchObject({ raised: true, autoSent: false, status: 'follow-up-due' });
    expect(raised.pendingFollowUp).toMatchObject({
      sequence: 1,
      draft: { channel: 'email', subject: `Re: ${requestSubject}` },
    });
    expect(raised.pendingFollowUp!.draft.body).toContain('Kind regards,\nAda Lovelace');
    expect(await emailsTo(service, 'c-manual')).toHaveLength(1);
  });

  it('stops once the contact replied: a later firing raises nothing', async () => {
    await sendRequest(service, 'c-replied');
    const replied = await expectStatus(
      service,
      ada,
      200,
      'POST',
      outreachPath('c-replied', '/response'),
      {
        json: { outcome: 'accepted' },
      },
    );
    const late = await fireFollowUpDue(service, 'c-replied', 1);
    expect(late).toMatchObject({ raised: false, autoSent: false, status: 'responded' });
    expect(late.version).toBe(replied.json<{ version: number }>().version);
  });

  it('in 3B7 mode suggests a colleague at the same organisation not yet asked', async () => {
    await sendRequest(service, 'c-asked');
    await expectStatus(service, ada, 200, 'PUT', outreachPath('c-auto', '/draft'), {
      json: { channel: 'email', body: 'Dear Grace, …' },
    });
    const raised = await fireFollowUpDue(service, 'c-manual', 2, '3b7');
    // Anita was asked and Grace has a draft waiting: Zed is next. The organisation matches however
    // it was spelt ("U.S. navy", "US  Navy").
    expect(raised.pendingFollowUp).toMatchObject({
      sequence: 2,
      suggestedContactId: 'c-colleague',
      draft: { body: expect.stringContaining('your colleague Zed Example') as unknown },
    });
    const alone = await fireFollowUpDue(service, 'c-replied', 2, '3b7');
    expect(alone.raised).toBe(false);
  });

  it('is for the relationship workflow only, and only after a request was sent', async () => {
    const byMember = await service.as(ada).send('POST', outreachPath('c-auto', '/follow-up-due'), {
      json: { sequence: 9, idempotencyKey: 'k-9' },
    });
    expect(byMember.status).toBe(403);
    const coach: Caller = { id: 'coach-cy', role: 'coach', assignedMemberIds: ['member-ada'] };
    expect(
      (
        await service.as(coach).send('POST', outreachPath('c-auto', '/follow-up-due'), {
          json: { sequence: 9, idempotencyKey: 'k-9' },
        })
      ).status,
    ).toBe(403);
    const early = await service
      .as(workflow)
      .send('POST', outreachPath('c-never', '/follow-up-due'), {
        json: { sequence: 1, idempotencyKey: 'k-1' },
      });
    expect(early.status).toBe(409);
    expect(early.json()).toMatchObject({ reason: 'not-sent' });
    const bad = await service.as(workflow).send('POST', outreachPath('c-auto', '/follow-up-due'), {
      json: { sequence: 0, mode: 'weekly' },
    });
    expect(bad.status).toBe(400);
    expect(
      bad
        .json<{ errors: { pointer: string }[] }>()
        .errors.map((e) => e.pointer)
        .sort(),
    ).toEqual(['/idempotencyKey', '/mode', '/sequence']);
  });
});
