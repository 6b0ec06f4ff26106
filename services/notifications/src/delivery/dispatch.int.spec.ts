import { randomUUID } from 'node:crypto';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import type { Producer } from 'kafkajs';
import {
  DEAD_LETTER_TOPIC,
  decodeEnvelope,
  EmailKind,
  encodeEnvelope,
  encodePayload,
  type EventInit,
  type EventTypeName,
  ThankYouKind,
} from '@rapport/contracts';
import {
  consumerFrom,
  DeadLetterQueue,
  ensureTopics,
  type EventConsumer,
} from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil } from '@rapport/testing';
import {
  type Caller,
  type CapturedMessage,
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import { delivery } from './notifications.consumer';
import { NotificationStore } from './notification.store';

const ada: Caller = { id: 'member-ada', role: 'member' };
const rel = { memberId: 'member-ada', contactId: 'contact-lin', relationshipId: 'rel-lin' };

describe('due events and outreach emails become notifications, once each', () => {
  const suite = isolateSuite('notifications-send');
  const outreachTopic = suite.topic('outreach');
  const relationshipTopic = suite.topic('relationship');
  let service: NotificationsTestApp;
  let consumer: EventConsumer;
  let producer: Producer;
  /** The waits the mailer asked for: recorded, not slept, so a Retry-After costs no real time. */
  const sleeps: number[] = [];

  const publish = async <T extends EventTypeName>(
    topic: string,
    type: T,
    payload: EventInit<T>,
    options: { eventId?: string; tenantId?: string } = {},
  ) => {
    const eventId = options.eventId ?? randomUUID();
    const value = encodeEnvelope({
      eventId,
      type,
      schemaVersion: 1,
      streamId: `relationship:${rel.relationshipId}`,
      streamVersion: 1n,
      tenantId: options.tenantId ?? 'uni-a',
      actor: { id: 'relationship-workflow', role: 'system' },
      occurredAt: timestampFromMs(service.clock.now.getTime()),
      correlationId: `corr-${eventId}`,
      causationId: `corr-${eventId}`,
      payload: encodePayload(type, payload),
    });
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key: rel.relationshipId, value: Buffer.from(value) }],
    });
    return eventId;
  };

  const mailTo = (address: string, count: number) =>
    pollUntil(
      `${count} message(s) to ${address} at the capture server`,
      async () => {
        const messages = await service.mailbox.messages(address);
        return messages.length >= count ? messages : undefined;
      },
      { timeoutMs: 60_000 },
    );

  const textOf = (message: CapturedMessage) =>
    message.content.find((part) => part.type === 'text/plain')?.value ?? '';
  const htmlOf = (message: CapturedMessage) =>
    message.content.find((part) => part.type === 'text/html')?.value ?? '';

  beforeAll(async () => {
    service = await startNotificationsApp(suite, {
      mailer: {
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
      },
    });
    await ensureTopics(suite.kafka(), [outreachTopic, relationshipTopic, DEAD_LETTER_TOPIC]);
    producer = suite.kafka().producer({ idempotent: true });
    await producer.connect();
    consumer = consumerFrom(delivery, {
      kafka: suite.kafka(),
      db: service.db,
      logger: createLogger('notifications-test'),
      dependency: service.dispatcher,
      groupId: `${suite.id}-delivery`,
      topics: [outreachTopic, relationshipTopic],
      retryDelayMs: 50,
      maxAttempts: 2,
    });
    await consumer.start();
    const saved = await service
      .as(ada)
      .send('PUT', '/members/member-ada/notification-preferences', {
        json: {
          email: 'ada@student.example',
          displayName: 'Ada Lovelace',
          timeZone: 'Europe/London',
          quietHours: { start: '22:00', end: '07:00' },
        },
      });
    expect(saved.status).toBe(200);
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    await service?.close();
    await suite.cleanup();
  });

  it('mails each kind of due item once, in the member’s time zone, with a link to the action', async () => {
    const due = { ...rel, dueAt: timestampFromMs(service.clock.now.getTime()) };
    const interviewAt = Date.parse('2026-03-04T14:00:00Z');
    await publish(relationshipTopic, 'rapport.relationship.v1.InterviewReminderDue', {
      ...due,
      idempotencyKey: 'rel:uni-a:rel-lin:interview-48',
      hoursBefore: 48,
      interviewAt: timestampFromMs(interviewAt),
    });
    await publish(relationshipTopic, 'rapport.relationship.v1.ThankYouDue', {
      ...due,
      idempotencyKey: 'rel:uni-a:rel-lin:thank-you-24',
      kind: ThankYouKind.REMINDER,
      interviewCompletedAt: timestampFromMs(interviewAt),
    });
    await publish(relationshipTopic, 'rapport.relationship.v1.KeepInTouchDue', {
      ...due,
      idempotencyKey: 'rel:uni-a:rel-lin:keep-1',
      cycle: 1,
    });
    await publish(relationshipTopic, 'rapport.relationship.v1.SecondContactSuggested', {
      ...due,
      idempotencyKey: 'rel:uni-a:rel-lin:3b7-3',
    });
    await publish(outreachTopic, 'rapport.outreach.v1.FollowUpDue', { ...rel, sequence: 1 });

    const messages = await mailTo('ada@student.example', 5);
    const subjects = messages.map((m) => m.subject).sort();
    expect(subjects).toEqual([
      'Ask a second person while you wait for your contact',
      'Thank your contact while the conversation is fresh',
      'Time for your first follow-up with your contact',
      'Time to get back in touch with your contact',
      'Your conversation with your contact is in 2 days',
    ]);
    const reminder = messages.find((m) => m.subject?.startsWith('Your conversation'));
    // 14:00 UTC on 4 March is 14:00 GMT in London.
    expect(textOf(reminder!)).toContain('Wednesday 4 March at 14:00 GMT');
    expect(textOf(reminder!)).toContain(
      'https://console.rapport.test/members/member-ada/relationships/rel-lin?action=prepare',
    );
    expect(htmlOf(reminder!)).toContain('<a href="https://console.rapport.test/members/member-ada');
    expect(reminder!.from.email).toBe('notifications@rapport.test');
    expect(reminder!.custom_args?.['tenant_id']).toBe('uni-a');

    // Each landed in the inbox too, unread.
    const inbox = await service.as(ada).send('GET', '/members/member-ada/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.json<{ unread: number; items: unknown[] }>().unread).toBe(5);

    // "Once": markers sent after the five, one per topic in the same partition (same key), are
    // mailed only after everything before them was handled; only then is the count final.
    await publish(relationshipTopic, 'rapport.relationship.v1.KeepInTouchDue', {
      ...due,
      idempotencyKey: 'rel:uni-a:rel-lin:marker',
      cycle: 9,
    });
    await publish(outreachTopic, 'rapport.outreach.v1.FollowUpDue', { ...rel, sequence: 2 });
    const markers = ['rel:uni-a:rel-lin:marker', 'follow-up-due:rel-lin:2'];
    const store = new NotificationStore(service.db);
    await pollUntil(
      'both markers mailed',
      async () => {
        const docs = await Promise.all(markers.map((id) => store.get('uni-a', id)));
        return docs.every((doc) => doc?.email.status === 'sent') || undefined;
      },
      { timeoutMs: 60_000 },
    );
    const all = await service.mailbox.messages('ada@student.example');
    const markerIds = markers.map((id) => `uni-a:${id}`);
    const due5 = all.filter((m) => !markerIds.includes(m.custom_args?.['notification_id'] ?? ''));
    expect(due5.map((m) => m.subject).sort()).toEqual(subjects);
    expect(all).toHaveLength(7);
    const after = await service.as(ada).send('GET', '/members/member-ada/inbox');
    expect(after.json<{ unread: number }>().unread).toBe(7);
  });

  it('sends nothing for a redelivered or re-raised due item', async () => {
    const payload = {
      ...rel,
      relationshipId: 'rel-dup',
      idempotencyKey: 'rel:uni-a:rel-dup:keep-2',
      dueAt: timestampFromMs(service.clock.now.getTime()),
      cycle: 2,
    };
    const eventId = await publish(
      relationshipTopic,
      'rapport.relationship.v1.KeepInTouchDue',
      payload,
    );
    // The same message again, and the same item raised under a new event id.
    await publish(relationshipTopic, 'rapport.relationship.v1.KeepInTouchDue', payload, {
      eventId,
    });
    await publish(relationshipTopic, 'rapport.relationship.v1.KeepInTouchDue', payload);
    // A marker published after them: once it is delivered, the duplicates have been handled.
    await publish(relationshipTopic, 'rapport.relationship.v1.KeepInTouchDue', {
      ...payload,
      idempotencyKey: 'rel:uni-a:rel-dup:marker',
    });
    const store = new NotificationStore(service.db);
    await pollUntil(
      'the marker notification',
      async () =>
        (await store.get('uni-a', 'rel:uni-a:rel-dup:marker'))?.email.status === 'sent' ||
        undefined,
      { timeoutMs: 60_000 },
    );
    const sent = (await service.mailbox.messages('ada@student.example')).filter(
      (m) => m.custom_args?.['notification_id'] === 'uni-a:rel:uni-a:rel-dup:keep-2',
    );
    expect(sent).toHaveLength(1);
  });

  it('mails the member’s outreach to the contact in its thread, replies to the member and the thread', async () => {
    await publish(outreachTopic, 'rapport.outreach.v1.OutreachEmailRequested', {
      ...rel,
      relationshipId: 'rel-grace',
      contactId: 'contact-grace',
      messageId: 'm-2.abc@rapport.test',
      threadToken: 'tok_abcdefgh12345678',
      kind: EmailKind.FOLLOW_UP,
      followUpSequence: 1,
      toEmail: 'grace@navy.example',
      toName: 'Grace Hopper',
      replyToEmail: 'ada@student.example',
      replyToName: 'Ada Lovelace',
      subject: 'Re: Twenty minutes on compilers?',
      bodyText: 'Dear Ms Hopper,\n\nI am writing again about <compilers> & careers.\n\nAda',
      inReplyTo: 'm-1.abc@rapport.test',
      references: ['m-1.abc@rapport.test'],
    });
    const [mail] = await mailTo('grace@navy.example', 1);
    expect(mail!.subject).toBe('Re: Twenty minutes on compilers?');
    expect(mail!.from).toEqual({
      email: 'notifications@rapport.test',
      name: 'Ada Lovelace via Rapport',
    });
    expect(mail!.reply_to_list?.map((a) => a.email)).toEqual([
      'ada@student.example',
      'reply+tok_abcdefgh12345678@reply.rapport.test',
    ]);
    expect(mail!.headers).toMatchObject({
      'Message-ID': '<m-2.abc@rapport.test>',
      'In-Reply-To': '<m-1.abc@rapport.test>',
      References: '<m-1.abc@rapport.test>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail!.headers?.['List-Unsubscribe']).toMatch(
      /^<https:\/\/notifications\.rapport\.test\/unsubscribe\?token=[\w-]+\.[\w-]+\.[\w-]+>$/,
    );
    expect(htmlOf(mail!)).toContain('&lt;compilers&gt; &amp; careers');
    expect(textOf(mail!)).toContain('I am writing again about <compilers> & careers.');
  });

  it('honours the contact’s one-click unsubscribe: later outreach mail is suppressed', async () => {
    const base = {
      ...rel,
      relationshipId: 'rel-kat',
      contactId: 'contact-kat',
      threadToken: 'tok_katherine0000001',
      kind: EmailKind.REQUEST,
      toEmail: 'kat@nasa.example',
      toName: 'Katherine Johnson',
      replyToEmail: 'ada@student.example',
      replyToName: 'Ada Lovelace',
      subject: 'Twenty minutes on orbital mechanics?',
      bodyText: 'Dear Ms Johnson, …',
      references: [],
    };
    await publish(outreachTopic, 'rapport.outreach.v1.OutreachEmailRequested', {
      ...base,
      messageId: 'kat-1@rapport.test',
    });
    const [first] = await mailTo('kat@nasa.example', 1);
    const link = /<(https:\/\/[^>]+)>/.exec(first!.headers?.['List-Unsubscribe'] ?? '')?.[1];
    const url = new URL(link!);
    const path = `${url.pathname}${url.search}`;
    const fastify = service.app.getHttpAdapter().getInstance();
    const forged = await fastify.inject({ method: 'POST', url: `${path}x` });
    expect(forged.statusCode).toBe(404);
    expect(forged.headers['content-type']).toContain('application/problem+json');
    const page = await fastify.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post"');
    const oneClick = await fastify.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);

    await publish(outreachTopic, 'rapport.outreach.v1.OutreachEmailRequested', {
      ...base,
      kind: EmailKind.FOLLOW_UP,
      followUpSequence: 1,
      messageId: 'kat-2@rapport.test',
      inReplyTo: 'kat-1@rapport.test',
      references: ['kat-1@rapport.test'],
    });
    const store = new NotificationStore(service.db);
    const followUp = await pollUntil(
      'the suppressed follow-up',
      async () => {
        const doc = await store.get('uni-a', 'outreach-email:kat-2@rapport.test');
        return doc?.email.status === 'suppressed' ? doc : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(followUp.email.reason).toBe('the contact unsubscribed from outreach mail');
    expect(await service.mailbox.messages('kat@nasa.example')).toHaveLength(1);
  });

  it('tries again after 429, waiting as long as Retry-After asks, and records a permanent refusal', async () => {
    sleeps.length = 0;
    // 1 s: below the test app's 2 s cap, and far from the 20 ms back-off used without the header.
    await service.mailbox.fault({ status: 429, times: 1, retryAfterSeconds: 1 });
    const due = {
      ...rel,
      relationshipId: 'rel-retry',
      dueAt: timestampFromMs(service.clock.now.getTime()),
    };
    await publish(relationshipTopic, 'rapport.relationship.v1.KeepInTouchDue', {
      ...due,
      idempotencyKey: 'rel:uni-a:rel-retry:keep-1',
      cycle: 1,
    });
    const store = new NotificationStore(service.db);
    const sent = await pollUntil(
      'the throttled email sent on its second try',
      async () => {
        const doc = await store.get('uni-a', 'rel:uni-a:rel-retry:keep-1');
        return doc?.email.status === 'sent' ? doc : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(sent.email.attempts).toBe(2);
    expect(sleeps).toEqual([1000]);

    await service.mailbox.fault({ status: 400, times: 1 });
    await publish(relationshipTopic, 'rapport.relationship.v1.KeepInTouchDue', {
      ...due,
      idempotencyKey: 'rel:uni-a:rel-retry:keep-2',
      cycle: 2,
    });
    const failed = await pollUntil(
      'the refused email recorded',
      async () => {
        const doc = await store.get('uni-a', 'rel:uni-a:rel-retry:keep-2');
        return doc?.email.status === 'failed' ? doc : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(failed.email.attempts).toBe(1);
    expect(failed.email.reason).toMatch(/^HTTP 400/);
    // A permanent refusal is not waited on.
    expect(sleeps).toEqual([1000]);

    const staff: Caller = { id: 'ops-1', role: 'operator' };
    const log = await service.as(staff).send('GET', '/deliveries?status=failed');
    expect(log.status).toBe(200);
    expect(log.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).toContain(
      'uni-a:rel:uni-a:rel-retry:keep-2',
    );
    expect((await service.as(ada).send('GET', '/deliveries')).status).toBe(403);
  });

  it('mails nothing in the member’s quiet hours: the item waits in the inbox and the digest', async () => {
    const daytime = service.clock.now;
    // 23:30 in London (GMT in March), inside Ada's quiet hours (22:00–07:00).
    service.clock.now = new Date('2026-03-02T23:30:00Z');
    try {
      await publish(relationshipTopic, 'rapport.relationship.v1.KeepInTouchDue', {
        ...rel,
        relationshipId: 'rel-night',
        idempotencyKey: 'rel:uni-a:rel-night:keep-1',
        dueAt: timestampFromMs(service.clock.now.getTime()),
        cycle: 1,
      });
      const store = new NotificationStore(service.db);
      const held = await pollUntil(
        'the held notification',
        async () => {
          const doc = await store.get('uni-a', 'rel:uni-a:rel-night:keep-1');
          return doc?.email.status === 'held' ? doc : undefined;
        },
        { timeoutMs: 60_000 },
      );
      expect(held.email.reason).toBe('quiet hours: in the next digest instead');
      const inbox = await service.as(ada).send('GET', '/members/member-ada/inbox?unread=true');
      expect(inbox.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).toContain(
        held._id,
      );
      const mailed = (await service.mailbox.messages('ada@student.example')).filter(
        (m) => m.custom_args?.['notification_id'] === held._id,
      );
      expect(mailed).toEqual([]);
    } finally {
      service.clock.now = daytime;
    }
  });

  it('parks an event it cannot act on in the dead-letter topic, with the reason', async () => {
    const eventId = await publish(relationshipTopic, 'rapport.relationship.v1.ThankYouDue', {
      ...rel,
      idempotencyKey: 'rel:uni-a:rel-bad:thanks',
      kind: ThankYouKind.UNSPECIFIED,
      dueAt: timestampFromMs(service.clock.now.getTime()),
    });
    const dlq = new DeadLetterQueue(suite.kafka(), service.db);
    const entry = await pollUntil(
      'the dead letter',
      async () =>
        (await dlq.list({ group: `${suite.id}-delivery` })).find(
          (e) => decodeEnvelope(e.letter.value).eventId === eventId,
        ),
      { timeoutMs: 60_000 },
    );
    expect(entry.letter.reason).toBe('handler_failed');
    expect(entry.letter.errorDetail).toContain('kind is unspecified');
    expect(
      await new NotificationStore(service.db).get('uni-a', 'rel:uni-a:rel-bad:thanks'),
    ).toBeUndefined();
  });
});
