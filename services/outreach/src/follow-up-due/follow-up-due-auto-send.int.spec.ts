import { EmailKind } from '@rapport/contracts';
import { isolateSuite } from '@rapport/testing';
import { outboxMessages } from '../testing/outbox-messages';
import {
  expectStatus,
  type OutreachTestApp,
  putProfile,
  seedContact,
  startOutreachApp,
  TestClock,
} from '../testing/outreach-test-app';
import {
  ada,
  emailsTo,
  fireFollowUpDue,
  outreachPath,
  requestSubject,
  sendRequest,
} from './follow-up-due.spec-helper';

describe('a follow-up falls due with auto-send on', () => {
  const suite = isolateSuite('outreach-auto-send-due');
  let service: OutreachTestApp;

  beforeAll(async () => {
    service = await startOutreachApp(suite, new TestClock(new Date('2026-03-02T12:00:00Z')));
    await putProfile(service, ada, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@uni.example',
      timeZone: 'Pacific/Auckland',
    });
    for (const [contactId, organisation] of [
      ['c-auto', 'US Navy'],
      ['c-elsewhere', 'MIT'],
    ] as const) {
      await seedContact(service, 'member-ada', contactId, {
        givenName: 'Grace',
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

  it('with auto-send on, raises and sends once in the same thread, however often the timer fires', async () => {
    await sendRequest(service, 'c-auto');
    await expectStatus(service, ada, 200, 'PUT', outreachPath('c-auto', '/auto-send'), {
      json: { autoSend: true },
    });
    service.clock.advanceDays(14);
    const first = await fireFollowUpDue(service, 'c-auto', 1);
    expect(first).toMatchObject({ raised: true, autoSent: true, status: 'awaiting-reply' });
    expect(first.followUpsSent).toBe(1);
    const repeat = await fireFollowUpDue(service, 'c-auto', 1);
    expect(repeat).toMatchObject({ raised: false, autoSent: false, version: first.version });

    service.clock.advanceDays(14);
    expect(await fireFollowUpDue(service, 'c-auto', 2)).toMatchObject({
      raised: true,
      autoSent: true,
      followUpsSent: 2,
    });

    const types = (await outboxMessages(service.db, 'outreach:member-ada:c-auto')).map(
      (m) => m.type,
    );
    expect(types.filter((t) => t.endsWith('FollowUpDue'))).toHaveLength(2);
    expect(types.filter((t) => t.endsWith('FollowUpSent'))).toHaveLength(2);
    const [request, followUp1, followUp2] = await emailsTo(service, 'c-auto');
    expect(followUp1).toMatchObject({
      kind: EmailKind.FOLLOW_UP,
      followUpSequence: 1,
      subject: `Re: ${requestSubject}`,
      threadToken: request!.threadToken,
      inReplyTo: request!.messageId,
      references: [request!.messageId],
      toEmail: 'c-auto@example.org',
      replyToEmail: 'ada@uni.example',
    });
    expect(followUp1!.bodyText).toContain('Dear Grace Example');
    // Sent at noon UTC on 2 March: already 3 March in Auckland (UTC+13), where Ada lives.
    expect(followUp1!.bodyText).toContain('my email of 3 March 2026');
    expect(followUp2).toMatchObject({
      followUpSequence: 2,
      inReplyTo: followUp1!.messageId,
      references: [request!.messageId, followUp1!.messageId],
    });
    expect(new Set([request, followUp1, followUp2].map((e) => e!.messageId)).size).toBe(3);
  });

  it('skips auto-send it cannot do and leaves the follow-up due', async () => {
    await sendRequest(service, 'c-elsewhere');
    await expectStatus(service, ada, 200, 'PUT', outreachPath('c-elsewhere', '/auto-send'), {
      json: { autoSend: true },
    });
    await service.directory.apply({
      tenantId: 'uni-a',
      streamId: 'contact:member-ada:c-elsewhere',
      version: 2,
      change: { kind: 'archived', memberId: 'member-ada', contactId: 'c-elsewhere' },
    });
    const raised = await fireFollowUpDue(service, 'c-elsewhere', 1);
    expect(raised).toMatchObject({ raised: true, autoSent: false, status: 'follow-up-due' });
    expect(raised.autoSendSkipped).toMatch(/not an active contact/);
  });
});
