import { randomUUID } from 'node:crypto';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import type { Producer } from 'kafkajs';
import {
  DEAD_LETTER_TOPIC,
  decodeEnvelope,
  encodeEnvelope,
  encodePayload,
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
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import { delivery } from './notifications.consumer';
import { NotificationStore } from './notification.store';

const ada: Caller = { id: 'member-ada', role: 'member' };

// A provider outage (5xx on every try) must not lose the notification nor mark it failed for good:
// the mailer retries, the consumer retries the handler, and then the event is parked in the
// dead-letter topic with the provider's answer as the reason, so an operator can replay it once the
// provider is back. The capture server answers 503 exactly as often as the two layers of retries
// ask, so one try too many (or too few) changes what the assertions see.
describe('mail failing with 5xx ends in the dead-letter topic, with the reason', () => {
  const suite = isolateSuite('notifications-outage');
  const topic = suite.topic('relationship');
  const group = `${suite.id}-delivery`;
  const MAIL_TRIES = 2;
  const HANDLER_TRIES = 2;
  let service: NotificationsTestApp;
  let consumer: EventConsumer;
  let producer: Producer;

  beforeAll(async () => {
    service = await startNotificationsApp(suite, {
      // Back-off waits are not slept: the test is about where the event ends up, not timing.
      mailer: { attempts: MAIL_TRIES, sleep: () => Promise.resolve() },
    });
    await ensureTopics(suite.kafka(), [topic, DEAD_LETTER_TOPIC]);
    producer = suite.kafka().producer({ idempotent: true });
    await producer.connect();
    consumer = consumerFrom(delivery, {
      kafka: suite.kafka(),
      db: service.db,
      logger: createLogger('notifications-outage-test'),
      dependency: service.dispatcher,
      groupId: group,
      topics: [topic],
      retryDelayMs: 50,
      maxAttempts: HANDLER_TRIES,
    });
    await consumer.start();
    const saved = await service
      .as(ada)
      .send('PUT', '/members/member-ada/notification-preferences', {
        json: { email: 'ada@outage.example', displayName: 'Ada Lovelace', timeZone: 'UTC' },
      });
    expect(saved.status).toBe(200);
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    await service?.close();
    await suite.cleanup();
  });

  it('parks the event after every try failed, keeps the notification pending, and a replay mails it once', async () => {
    await service.mailbox.fault({ status: 503, times: MAIL_TRIES * HANDLER_TRIES });
    const eventId = randomUUID();
    const idempotencyKey = 'rel:uni-a:rel-outage:keep-1';
    const value = encodeEnvelope({
      eventId,
      type: 'rapport.relationship.v1.KeepInTouchDue',
      schemaVersion: 1,
      streamId: 'relationship:rel-outage',
      streamVersion: 1n,
      tenantId: 'uni-a',
      actor: { id: 'relationship-workflow', role: 'system' },
      occurredAt: timestampFromMs(service.clock.now.getTime()),
      correlationId: `corr-${eventId}`,
      causationId: `corr-${eventId}`,
      payload: encodePayload('rapport.relationship.v1.KeepInTouchDue', {
        memberId: 'member-ada',
        contactId: 'contact-lin',
        relationshipId: 'rel-outage',
        idempotencyKey,
        dueAt: timestampFromMs(service.clock.now.getTime()),
        cycle: 1,
      }),
    });
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key: 'rel-outage', value: Buffer.from(value) }],
    });

    const dlq = new DeadLetterQueue(suite.kafka(), service.db);
    const entry = await pollUntil(
      'the dead letter',
      async () =>
        (await dlq.list({ group })).find((e) => decodeEnvelope(e.letter.value).eventId === eventId),
      { timeoutMs: 60_000 },
    );
    expect(entry.letter.reason).toBe('handler_failed');
    expect(entry.letter.originalTopic).toBe(topic);
    expect(entry.letter.errorDetail).toContain(
      `email provider unavailable: gave up after ${MAIL_TRIES} tries; last: HTTP 503`,
    );

    const store = new NotificationStore(service.db);
    const pending = await store.get('uni-a', idempotencyKey);
    expect(pending?.email.status).toBe('pending');
    expect(pending?.email.attempts).toBe(MAIL_TRIES * HANDLER_TRIES);
    expect(pending?.email.reason).toContain('HTTP 503');
    expect(await service.mailbox.messages('ada@outage.example')).toEqual([]);

    // Every armed fault was used: the provider now answers, and the operator replays the letter.
    expect(await dlq.replay([entry.id])).toEqual([entry.id]);
    const sent = await pollUntil(
      'the replayed notification mailed',
      async () => {
        const doc = await store.get('uni-a', idempotencyKey);
        return doc?.email.status === 'sent' ? doc : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(sent.email.attempts).toBe(MAIL_TRIES * HANDLER_TRIES + 1);
    const mailed = await service.mailbox.messages('ada@outage.example');
    expect(mailed.map((m) => m.custom_args?.['notification_id'])).toEqual([
      `uni-a:${idempotencyKey}`,
    ]);
  });
});
