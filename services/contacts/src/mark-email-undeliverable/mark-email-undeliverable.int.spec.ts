import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { BounceKind, decodeEnvelope, type EventInit } from '@rapport/contracts';
import { consumerFrom, DeadLetterQueue } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { type ConsumerSpec, isolateSuite, pollUntil, startConsumerSpec } from '@rapport/testing';
import { ContactListReader } from '../shared/contact-list.reader';
import { contactStreamId } from '../domain/contact.decider';
import { ContactWriter } from '../shared/contact-writer';
import {
  addContact,
  type Caller,
  type ContactsTestApp,
  startContactsApp,
} from '../testing/contacts-test-app';
import { bouncedEmails } from './bounced-emails.consumer';

const ada: Caller = { id: 'member-ada', role: 'member' };
const TYPE = 'rapport.notifications.v1.ContactEmailBounced';
const bouncedAt = new Date('2026-03-04T10:15:00Z');

interface ContactBody {
  status: string;
  email?: string;
  emailUndeliverable?: { reason: string; kind: string; since: string };
}
interface ListBody {
  items: { contactId: string; emailUndeliverable?: unknown }[];
}

describe('a bounce reported by notifications marks the contact’s email undeliverable', () => {
  const suite = isolateSuite('contacts-bounced');
  const topic = suite.topic('notifications');
  let service: ContactsTestApp;
  let spec: ConsumerSpec;

  async function publishBounce(
    bounce: EventInit<typeof TYPE>,
    options: { eventId?: string; tenantId?: string } = {},
  ): Promise<string> {
    const { eventId } = await spec.publish(topic, TYPE, bounce, {
      ...options,
      actor: { id: 'notifications', role: 'system' },
    });
    return eventId;
  }
  const hardBounce = (contactId: string, email: string) => ({
    memberId: 'member-ada',
    contactId,
    email,
    kind: BounceKind.HARD,
    reason: '550 5.1.1 The email account does not exist',
    bouncedAt: timestampFromDate(bouncedAt),
  });
  const contact = async (contactId: string) =>
    (
      await service.as(ada).send('GET', `/members/member-ada/contacts/${contactId}`)
    ).json<ContactBody>();
  const untilMarked = (contactId: string) =>
    pollUntil(
      `the email of ${contactId} marked undeliverable`,
      async () => {
        const body = await contact(contactId);
        return body.emailUndeliverable ? body : undefined;
      },
      { timeoutMs: 45_000 },
    );
  const listed = async (contactId: string) =>
    (await service.as(ada).send('GET', '/members/member-ada/contacts'))
      .json<ListBody>()
      .items.find((item) => item.contactId === contactId);
  const marks = async (contactId: string, tenantId = 'uni-a') => {
    const events = await service.app
      .get(ContactWriter)
      .eventStore.readStream({ tenantId, streamId: contactStreamId('member-ada', contactId) });
    return events.filter((event) => event.type === 'ContactEmailMarkedUndeliverable');
  };
  /** One partition: once a later bounce shows, every earlier one was handled. */
  const passMarker = () =>
    spec.passMarker(
      async () => {
        const { contactId } = await addContact(service, ada, {
          givenName: 'Marker',
          familyName: randomUUID().slice(0, 8),
          email: `${randomUUID()}@marker.example`,
        });
        const { email } = await contact(contactId);
        await publishBounce(hardBounce(contactId, email ?? ''));
        return contactId;
      },
      async (contactId) => (await contact(contactId)).emailUndeliverable !== undefined,
    );

  beforeAll(async () => {
    service = await startContactsApp(suite);
    spec = await startConsumerSpec(suite, [topic]);
    await spec.start(
      consumerFrom(bouncedEmails, {
        kafka: suite.kafka(),
        db: service.db,
        dependency: service.app.get(ContactWriter),
        logger: createLogger('bounced-test', 'warn'),
        topics: [topic],
        groupId: spec.groupId('bounced'),
      }),
    );
  });
  afterAll(async () => {
    await spec.close();
    await service.close();
    await suite.cleanup();
  });

  it('marks the current address once, even when the bounce comes twice, and shows it in the contact and the list', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
    });
    const bounce = hardBounce(contactId, ' Grace@Navy.example ');
    const eventId = await publishBounce(bounce);
    await publishBounce(bounce, { eventId });
    const marked = await untilMarked(contactId);
    expect(marked).toMatchObject({
      status: 'active',
      email: 'grace@navy.example',
      emailUndeliverable: {
        reason: '550 5.1.1 The email account does not exist',
        kind: 'hard',
        since: bouncedAt.toISOString(),
      },
    });
    // Reported again under a new event id: still one mark.
    await publishBounce(bounce);
    await passMarker();
    expect(await marks(contactId)).toHaveLength(1);
    expect(await listed(contactId)).toMatchObject({
      emailUndeliverable: { kind: 'hard', since: bouncedAt.toISOString() },
    });

    // A new address clears it, in the contact and in the list.
    const etag = String(
      (await service.as(ada).send('GET', `/members/member-ada/contacts/${contactId}`)).headers.etag,
    );
    const changed = await service
      .as(ada)
      .send('PATCH', `/members/member-ada/contacts/${contactId}`, {
        json: { email: 'grace@computing.example' },
        headers: { 'if-match': etag },
      });
    expect(changed.status).toBe(200);
    expect(await contact(contactId)).not.toHaveProperty('emailUndeliverable');
    expect(await listed(contactId)).not.toHaveProperty('emailUndeliverable');
  });

  it('changes nothing for an address the contact no longer has, or in another institution', async () => {
    const { contactId, etag } = await addContact(service, ada, {
      givenName: 'Katherine',
      familyName: 'Johnson',
      email: 'kj@old.example',
    });
    await service.as(ada).send('PATCH', `/members/member-ada/contacts/${contactId}`, {
      json: { email: 'kj@nasa.example' },
      headers: { 'if-match': etag },
    });
    await publishBounce(hardBounce(contactId, 'kj@old.example'));
    // Same member and contact ids, the current address, but another institution's event.
    await publishBounce(hardBounce(contactId, 'kj@nasa.example'), { tenantId: 'uni-b' });
    await passMarker();
    expect(await contact(contactId)).not.toHaveProperty('emailUndeliverable');
    expect(await marks(contactId)).toHaveLength(0);
    expect(await marks(contactId, 'uni-b')).toHaveLength(0);
  });

  it('forgets the mark when the contact is erased', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Dorothy',
      familyName: 'Vaughan',
      email: 'dv@naca.example',
    });
    await publishBounce({ ...hardBounce(contactId, 'dv@naca.example'), kind: BounceKind.BLOCKED });
    expect((await untilMarked(contactId)).emailUndeliverable?.kind).toBe('blocked');
    expect(
      (await service.as(ada).send('DELETE', `/members/member-ada/contacts/${contactId}`)).status,
    ).toBe(204);
    expect(await contact(contactId)).toEqual({
      contactId,
      memberId: 'member-ada',
      status: 'erased',
      version: 3,
      referralChain: [],
      referrals: [],
    });
    const doc = await service.app.get(ContactListReader).row('uni-a', 'member-ada', contactId);
    expect(doc).toMatchObject({ status: 'erased' });
    expect(doc).not.toHaveProperty('emailUndeliverable');
    expect(doc).not.toHaveProperty('email');
  });

  it('dead-letters a bounce that names no address, with the reason', async () => {
    const eventId = await publishBounce({ ...hardBounce('c-any', ''), email: '' });
    const dlq = new DeadLetterQueue(suite.kafka(), service.db);
    const letter = await pollUntil(
      'the dead letter',
      async () => {
        const letters = await dlq.list({ group: spec.groupId('bounced') });
        return letters.find((l) => decodeEnvelope(l.letter.value).eventId === eventId);
      },
      { timeoutMs: 30_000 },
    );
    expect(letter.letter.reason).toBe('handler_failed');
    expect(letter.letter.errorDetail).toContain('empty email');
  });
});
