import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { consumerFrom } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { type ConsumerSpec, isolateSuite, pollUntil, startConsumerSpec } from '@rapport/testing';
import { delivery } from '../delivery/notifications.consumer';
import { NotificationStore } from '../delivery/notification.store';
import {
  type Caller,
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import { ContactNames } from './contact-names';
import { contactNames } from './contact-names.consumer';

const ada: Caller = { id: 'member-ada', role: 'member' };

describe('reminders name the contact, until the contact is erased', () => {
  const suite = isolateSuite('notifications-names');
  const contactsTopic = suite.topic('contacts');
  const relationshipTopic = suite.topic('relationship');
  let service: NotificationsTestApp;
  let events: ConsumerSpec;

  beforeAll(async () => {
    service = await startNotificationsApp(suite);
    events = await startConsumerSpec(suite, [contactsTopic, relationshipTopic]);
    const logger = createLogger('notifications-test');
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
      consumerFrom(delivery, {
        kafka: suite.kafka(),
        db: service.db,
        logger,
        dependency: service.dispatcher,
        groupId: events.groupId('delivery'),
        topics: [relationshipTopic],
      }),
    );
    const saved = await service
      .as(ada)
      .send('PUT', '/members/member-ada/notification-preferences', {
        json: { email: 'ada@student.example', quietHours: null },
      });
    expect(saved.status).toBe(200);
  });

  afterAll(async () => {
    await events?.close();
    await service?.close();
    await suite.cleanup();
  });

  it('greets by name, and forgets name and address on erasure', async () => {
    const names = service.app.get(ContactNames);
    const stream = { streamId: 'contact:member-ada:contact-grace' };
    await events.publish(
      contactsTopic,
      'rapport.contacts.v1.ContactAdded',
      {
        memberId: 'member-ada',
        contactId: 'contact-grace',
        givenName: 'Grace',
        familyName: 'Hopper',
      },
      { ...stream, version: 1n },
    );
    await pollUntil(
      'the name heard',
      async () => (await names.nameOf('uni-a', 'member-ada', 'contact-grace')) ?? undefined,
      { timeoutMs: 60_000 },
    );
    // Another institution's member with the same ids has no such contact.
    expect(await names.nameOf('uni-b', 'member-ada', 'contact-grace')).toBeUndefined();

    await events.publish(relationshipTopic, 'rapport.relationship.v1.KeepInTouchDue', {
      memberId: 'member-ada',
      contactId: 'contact-grace',
      relationshipId: 'rel-grace',
      idempotencyKey: 'rel:uni-a:rel-grace:keep-1',
      dueAt: timestampFromMs(Date.parse('2026-03-02T10:00:00Z')),
      cycle: 1,
    });
    const [mail] = await pollUntil(
      'the reminder mailed',
      async () => {
        const messages = await service.mailbox.messages('ada@student.example');
        return messages.length > 0 ? messages : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(mail!.subject).toBe('Time to get back in touch with Grace Hopper');
    const store = new NotificationStore(service.db);
    const before = await pollUntil(
      'the sent email recorded',
      async () => {
        const [doc] = await store.ofMember('uni-a', 'member-ada', 10);
        return doc?.email.status === 'sent' ? doc : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(before.email.to).toBe('ada@student.example');

    await events.publish(
      contactsTopic,
      'rapport.contacts.v1.ContactErased',
      { memberId: 'member-ada', contactId: 'contact-grace' },
      { ...stream, version: 2n },
    );
    await pollUntil(
      'the name forgotten',
      async () =>
        (await names.nameOf('uni-a', 'member-ada', 'contact-grace')) === undefined || undefined,
      { timeoutMs: 60_000 },
    );
    // A late, redelivered ContactAdded (an older version) does not bring the name back.
    await events.publish(
      contactsTopic,
      'rapport.contacts.v1.ContactAdded',
      {
        memberId: 'member-ada',
        contactId: 'contact-grace',
        givenName: 'Grace',
        familyName: 'Hopper',
      },
      { ...stream, version: 1n },
    );
    await events.passMarker(
      () =>
        events.publish(
          contactsTopic,
          'rapport.contacts.v1.ContactAdded',
          {
            memberId: 'member-ada',
            contactId: 'contact-marker',
            givenName: 'Mark',
            familyName: 'Er',
          },
          // Keyed like Grace's stream, so it queues behind the late event in its partition.
          { streamId: 'contact:member-ada:contact-marker', key: stream.streamId, version: 1n },
        ),
      async () => (await names.nameOf('uni-a', 'member-ada', 'contact-marker')) !== undefined,
      60_000,
    );
    expect(await names.nameOf('uni-a', 'member-ada', 'contact-grace')).toBeUndefined();
    // The log still says a reminder about this contact went out, but no longer to which address.
    const [after] = await store.ofMember('uni-a', 'member-ada', 10);
    expect(after).toMatchObject({ contactId: 'contact-grace', email: { status: 'sent' } });
    expect(after!.email.to).toBeUndefined();
  });
});
