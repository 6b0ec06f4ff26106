import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import ICAL from 'ical.js';
import { decodeEnvelope, type EventInit } from '@rapport/contracts';
import { consumerFrom, DeadLetterQueue } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { type ConsumerSpec, isolateSuite, pollUntil, startConsumerSpec } from '@rapport/testing';
import { invitationIcs } from '../calendar-replies/ics.test-fixture';
import { ContactNames } from '../contact-names/contact-names';
import { contactNames } from '../contact-names/contact-names.consumer';
import { NotificationStore } from '../delivery/notification.store';
import {
  type Caller,
  type CapturedMessage,
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import { addressKey, SuppressionStore } from '../threads/suppressions.store';
import { ThreadStore } from '../threads/thread.store';
import { interviewMail } from './interview-mail.consumer';
import { InterviewMailer } from './interview-mailer';
import { InvitationStore } from './invitation.store';

const ada: Caller = { id: 'member-ada', role: 'member' };
const INVITATION = 'rapport.interviews.v1.InvitationIssued';
const THANKS = 'rapport.interviews.v1.ThankYouEmailRequested';

type Attachment = { content: string; filename: string; type?: string };

/** The attached calendar, read with ical.js as a contact's calendar would read it. */
function calendarIn(message: CapturedMessage) {
  const [attachment] = (message as unknown as { attachments?: Attachment[] }).attachments ?? [];
  const jcal: unknown = ICAL.parse(Buffer.from(attachment?.content ?? '', 'base64').toString());
  const calendar = new ICAL.Component(jcal as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent');
  return {
    filename: attachment?.filename,
    type: attachment?.type,
    method: calendar.getFirstPropertyValue('method'),
    uid: event?.getFirstPropertyValue('uid'),
    sequence: event?.getFirstPropertyValue('sequence'),
  };
}

describe('interview mail to contacts: invitations and the thank-you, once each', () => {
  const suite = isolateSuite('notifications-interview-mail');
  const interviewsTopic = suite.topic('interviews');
  const contactsTopic = suite.topic('contacts');
  let service: NotificationsTestApp;
  let events: ConsumerSpec;
  let groupId: string;
  const linEmail = `lin.${randomUUID().slice(0, 8)}@firm.example`;

  const contact = (contactId: string) => ({
    memberId: 'member-ada',
    contactId,
    relationshipId: `member-ada:${contactId}`,
  });
  const invitation = (
    interviewId: string,
    method: 'REQUEST' | 'CANCEL',
    sequence: number,
    contactId = 'contact-lin',
  ): EventInit<typeof INVITATION> => ({
    ...contact(contactId),
    interviewId,
    method,
    sequence,
    icsUid: `${interviewId}@interviews.rapport.test`,
    ics: invitationIcs({
      uid: `${interviewId}@interviews.rapport.test`,
      sequence,
      method,
      attendee: linEmail,
    }),
    summary: 'Informational interview: Ada Lovelace and Lin Chen',
    startsAt: timestampFromDate(new Date('2026-03-05T09:00:00Z')),
  });
  const publish = <T extends typeof INVITATION | typeof THANKS>(
    type: T,
    payload: EventInit<T>,
    options: { version?: bigint; eventId?: string; tenantId?: string } = {},
  ) =>
    events.publish(interviewsTopic, type, payload, {
      streamId: `interview:${(payload as { interviewId?: string }).interviewId ?? ''}`,
      ...options,
    });
  const mailTo = (address: string, count: number) =>
    pollUntil(
      `${count} message(s) to ${address}`,
      async () => {
        const messages = await service.mailbox.messages(address);
        return messages.length >= count ? messages : undefined;
      },
      { timeoutMs: 60_000 },
    );
  const logged = (key: string) =>
    pollUntil(`the delivery log entry ${key}`, async () => {
      const doc = await service.app.get(NotificationStore).get('uni-a', key);
      return doc && doc.email.status !== 'pending' ? doc : undefined;
    });

  beforeAll(async () => {
    service = await startNotificationsApp(suite);
    events = await startConsumerSpec(suite, [interviewsTopic, contactsTopic]);
    groupId = events.groupId('interview-mail');
    const logger = createLogger('interview-mail-test', 'warn');
    await events.start(
      consumerFrom(contactNames, {
        kafka: suite.kafka(),
        db: service.db,
        logger,
        dependency: service.app.get(ContactNames),
        groupId: events.groupId('names'),
        topics: [contactsTopic],
      }),
    );
    await events.start(
      consumerFrom(interviewMail, {
        kafka: suite.kafka(),
        db: service.db,
        logger,
        dependency: service.app.get(InterviewMailer),
        groupId,
        topics: [interviewsTopic],
        retryDelayMs: 50,
      }),
    );
    const saved = await service
      .as(ada)
      .send('PUT', '/members/member-ada/notification-preferences', {
        json: { email: 'ada@student.example', displayName: 'Ada Lovelace', quietHours: null },
      });
    expect(saved.status).toBe(200);
    const added = (contactId: string, email: string) =>
      events.publish(
        contactsTopic,
        'rapport.contacts.v1.ContactAdded',
        { memberId: 'member-ada', contactId, givenName: 'Lin', familyName: 'Chen', email },
        { streamId: `contact:member-ada:${contactId}` },
      );
    await added('contact-lin', linEmail);
    await added('contact-no-mail', '');
    const names = service.app.get(ContactNames);
    await pollUntil('both contacts heard', async () =>
      (await names.nameOf('uni-a', 'member-ada', 'contact-no-mail')) &&
      (await names.contactOf('uni-a', 'member-ada', 'contact-lin'))?.email
        ? true
        : undefined,
    );
  });

  afterAll(async () => {
    await events?.close();
    await service?.close();
    await suite.cleanup();
  });

  it('mails the REQUEST once however often it comes, then the CANCEL, each with its invite.ics', async () => {
    const interviewId = randomUUID();
    const request = invitation(interviewId, 'REQUEST', 0);
    const { eventId } = await publish(INVITATION, request);
    await publish(INVITATION, request, { eventId });
    // The same invitation again as a new event: past the consumer's own duplicate check.
    await publish(INVITATION, request, { version: 2n });
    await publish(INVITATION, invitation(interviewId, 'CANCEL', 1), { version: 3n });

    const messages = await mailTo(linEmail, 2);
    await logged(`interview-invitation:${interviewId}:1:CANCEL`);
    expect(await service.mailbox.messages(linEmail)).toHaveLength(2);
    const [first, second] = [...messages].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    expect(first?.subject).toBe('Informational interview: Ada Lovelace and Lin Chen');
    expect(first?.from).toEqual({
      email: 'notifications@rapport.test',
      name: 'Ada Lovelace via Rapport',
    });
    expect(calendarIn(first!)).toEqual({
      filename: 'invite.ics',
      type: 'text/calendar; method=REQUEST; charset=UTF-8',
      method: 'REQUEST',
      uid: `${interviewId}@interviews.rapport.test`,
      sequence: 0,
    });
    expect(second?.subject).toBe('Cancelled: Informational interview: Ada Lovelace and Lin Chen');
    expect(calendarIn(second!)).toMatchObject({ method: 'CANCEL', sequence: 1 });
    // Remembered by UID for the contact's answer, at its latest sequence.
    expect(
      await service.app.get(InvitationStore).find(`${interviewId}@interviews.rapport.test`),
    ).toMatchObject({
      tenantId: 'uni-a',
      interviewId,
      contactId: 'contact-lin',
      attendeeEmail: linEmail,
      sequence: 1,
      method: 'CANCEL',
    });
  });

  it('records the invitation as skipped when the contact has no address', async () => {
    const interviewId = randomUUID();
    await publish(INVITATION, invitation(interviewId, 'REQUEST', 0, 'contact-no-mail'));
    const doc = await logged(`interview-invitation:${interviewId}:0:REQUEST`);
    expect(doc.email).toMatchObject({
      status: 'skipped',
      reason: 'the contact has no email address on file',
    });
    expect(doc).toMatchObject({ kind: 'interview-invitation', audience: 'contact' });
  });

  it('mails nothing to an address that bounced before, and says so in the log', async () => {
    const interviewId = randomUUID();
    const email = `gone.${randomUUID().slice(0, 8)}@firm.example`;
    await events.publish(
      contactsTopic,
      'rapport.contacts.v1.ContactAdded',
      {
        memberId: 'member-ada',
        contactId: 'contact-gone',
        givenName: 'Al',
        familyName: 'Gone',
        email,
      },
      { streamId: 'contact:member-ada:contact-gone' },
    );
    await pollUntil(
      'the address heard',
      async () =>
        (await service.app.get(ContactNames).contactOf('uni-a', 'member-ada', 'contact-gone'))
          ?.email,
    );
    await service.app
      .get(SuppressionStore)
      .suppress('uni-a', addressKey(email), 'bounced', service.clock.now);
    await publish(THANKS, {
      ...contact('contact-gone'),
      interviewId,
      subject: 'Thank you',
      bodyText: 'Thank you for your time.',
    });
    const doc = await logged(`thank-you-email:${interviewId}`);
    expect(doc.email).toMatchObject({
      status: 'suppressed',
      reason: 'the address bounced before; it is no longer mailed',
    });
    expect(await service.mailbox.messages(email)).toEqual([]);
  });

  it('refuses a UID that another tenant’s interview already uses', async () => {
    const interviewId = randomUUID();
    await publish(INVITATION, invitation(interviewId, 'REQUEST', 0));
    await logged(`interview-invitation:${interviewId}:0:REQUEST`);
    // The other tenant has a contact with this id and an address: nothing stops it but the UID.
    await events.publish(
      contactsTopic,
      'rapport.contacts.v1.ContactAdded',
      {
        memberId: 'member-ada',
        contactId: 'contact-lin',
        givenName: 'Mallory',
        familyName: 'Jones',
        email: 'mallory@elsewhere.example',
      },
      { tenantId: 'uni-b', streamId: 'contact:member-ada:contact-lin' },
    );
    await pollUntil('the other tenant’s contact heard', async () =>
      (await service.app.get(ContactNames).contactOf('uni-b', 'member-ada', 'contact-lin'))
        ? true
        : undefined,
    );
    const { eventId } = await publish(INVITATION, invitation(interviewId, 'REQUEST', 1), {
      tenantId: 'uni-b',
      version: 2n,
    });
    const dlq = new DeadLetterQueue(suite.kafka(), service.db);
    const letter = await pollUntil(
      'the dead letter',
      async () =>
        (await dlq.list({ group: groupId })).find(
          (l) => decodeEnvelope(l.letter.value).eventId === eventId,
        ),
      { timeoutMs: 45_000 },
    );
    expect(letter.letter.errorDetail).toContain('belongs to another interview');
    expect(
      await service.app.get(InvitationStore).find(`${interviewId}@interviews.rapport.test`),
    ).toMatchObject({ tenantId: 'uni-a', sequence: 0, attendeeEmail: linEmail });
    expect(await service.mailbox.messages('mallory@elsewhere.example')).toEqual([]);
  });

  it('answers in the outreach thread: replies to the invitation reach the thread', async () => {
    const interviewId = randomUUID();
    const email = `sam.${randomUUID().slice(0, 8)}@rivers.example`;
    const token = `tok_${randomUUID().replace(/-/g, '')}`;
    const threads = service.app.get(ThreadStore);
    await threads.remember(
      'uni-a',
      token,
      contact('contact-sam'),
      'request-9@rapport.local',
      service.clock.now,
    );
    await events.publish(
      contactsTopic,
      'rapport.contacts.v1.ContactAdded',
      {
        memberId: 'member-ada',
        contactId: 'contact-sam',
        givenName: 'Sam',
        familyName: 'Ng',
        email,
      },
      { streamId: 'contact:member-ada:contact-sam' },
    );
    await pollUntil(
      'Sam’s address heard',
      async () =>
        (await service.app.get(ContactNames).contactOf('uni-a', 'member-ada', 'contact-sam'))
          ?.email,
    );
    await publish(INVITATION, invitation(interviewId, 'REQUEST', 0, 'contact-sam'));
    const [sent] = await mailTo(email, 1);
    const messageId = `invitation.${interviewId}.0.request@reply.rapport.test`;
    expect(sent?.headers).toEqual({ 'Message-ID': `<${messageId}>` });
    expect(sent?.reply_to_list).toEqual([
      { email: 'ada@student.example', name: 'Ada Lovelace' },
      { email: `reply+${token}@reply.rapport.test`, name: 'Ada Lovelace' },
    ]);
    expect((await threads.find(token))?.messageIds).toEqual(['request-9@rapport.local', messageId]);
  });

  it('forgets the invited address when the contact is erased', async () => {
    const interviewId = randomUUID();
    const uid = `${interviewId}@interviews.rapport.test`;
    const email = `grace.${randomUUID().slice(0, 8)}@navy.example`;
    const stream = { streamId: 'contact:member-ada:contact-grace' };
    await events.publish(
      contactsTopic,
      'rapport.contacts.v1.ContactAdded',
      {
        memberId: 'member-ada',
        contactId: 'contact-grace',
        givenName: 'Grace',
        familyName: 'Hopper',
        email,
      },
      { ...stream, version: 1n },
    );
    await pollUntil(
      'Grace’s address heard',
      async () =>
        (await service.app.get(ContactNames).contactOf('uni-a', 'member-ada', 'contact-grace'))
          ?.email,
    );
    await publish(INVITATION, invitation(interviewId, 'REQUEST', 0, 'contact-grace'));
    await mailTo(email, 1);
    const invitations = service.app.get(InvitationStore);
    expect((await invitations.find(uid))?.attendeeEmail).toBe(email);
    await events.publish(
      contactsTopic,
      'rapport.contacts.v1.ContactErased',
      { memberId: 'member-ada', contactId: 'contact-grace' },
      { ...stream, version: 2n },
    );
    const forgotten = await pollUntil('the address forgotten', async () => {
      const doc = await invitations.find(uid);
      return doc && doc.attendeeEmail === undefined ? doc : undefined;
    });
    expect(forgotten).toMatchObject({ tenantId: 'uni-a', interviewId, sequence: 0 });
  });

  it('sends the thank-you once, in the outreach thread', async () => {
    const interviewId = randomUUID();
    const token = `tok_${randomUUID().replace(/-/g, '')}`;
    const threads = service.app.get(ThreadStore);
    const ref = contact('contact-lin');
    await threads.remember('uni-a', token, ref, 'request-1@rapport.local', service.clock.now);
    await threads.remember('uni-a', token, ref, 'follow-up-1@rapport.local', service.clock.now);
    const before = (await service.mailbox.messages(linEmail)).length;
    const thanks: EventInit<typeof THANKS> = {
      ...ref,
      interviewId,
      subject: 'Thank you for Tuesday',
      bodyText: 'Dear Lin,\n\nYour advice on field work was exactly what I needed.',
    };
    const { eventId } = await publish(THANKS, thanks);
    await publish(THANKS, thanks, { eventId });
    await publish(THANKS, thanks, { version: 2n });
    await logged(`thank-you-email:${interviewId}`);
    const messages = await mailTo(linEmail, before + 1);
    const sent = messages.filter((m) => m.subject === 'Thank you for Tuesday');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers).toEqual({
      'Message-ID': `<thank-you.${interviewId}@reply.rapport.test>`,
      'In-Reply-To': '<follow-up-1@rapport.local>',
      References: '<request-1@rapport.local> <follow-up-1@rapport.local>',
    });
    expect(sent[0]?.reply_to_list).toEqual([
      { email: 'ada@student.example', name: 'Ada Lovelace' },
      { email: `reply+${token}@reply.rapport.test`, name: 'Ada Lovelace' },
    ]);
    expect(sent[0]?.content[0]?.value).toContain('Your advice on field work');
    // A reply to the thank-you is one of the thread's messages now.
    expect((await threads.find(token))?.messageIds).toContain(
      `thank-you.${interviewId}@reply.rapport.test`,
    );
  });
});
