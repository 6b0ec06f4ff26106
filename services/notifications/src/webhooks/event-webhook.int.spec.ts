import { randomUUID } from 'node:crypto';
import { BounceKind } from '@rapport/contracts';
import { isolateSuite } from '@rapport/testing';
import { type NewNotification, NotificationStore } from '../delivery/notification.store';
import { SuppressionStore } from '../threads/suppressions.store';
import {
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import {
  outboxMessages,
  sendGridSigningKeys,
  signEventPost,
  unixSeconds,
} from './sendgrid.test-fixture';

const SIGNATURE = 'X-Twilio-Email-Event-Webhook-Signature';
const TIMESTAMP = 'X-Twilio-Email-Event-Webhook-Timestamp';
const rel = { memberId: 'member-ada', contactId: 'contact-lin', relationshipId: 'rel-lin' };

describe('SendGrid Event Webhook: signed events land in the delivery log, once', () => {
  const suite = isolateSuite('notifications-events');
  const keys = sendGridSigningKeys();
  let service: NotificationsTestApp;
  let notifications: NotificationStore;

  beforeAll(async () => {
    service = await startNotificationsApp(suite, { webhookPublicKey: keys.publicKey });
    notifications = service.app.get(NotificationStore);
  });

  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('has nothing to say in /health once a verification key is set', async () => {
    const health = await service.app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json<{ details: Record<string, unknown> }>().details).not.toHaveProperty(
      'webhooks',
    );
  });

  const post = (body: string, headers: Record<string, string>) =>
    service.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/webhooks/sendgrid/events',
        payload: body,
        headers: { 'content-type': 'application/json', ...headers },
      });

  const signedPost = (events: unknown[], at: Date = service.clock.now) => {
    const body = JSON.stringify(events);
    const timestamp = unixSeconds(at);
    return post(body, {
      [SIGNATURE]: signEventPost(keys.privateKey, timestamp, body),
      [TIMESTAMP]: timestamp,
    });
  };

  /** A notification whose email went out, as the dispatcher leaves it. */
  const sentEmail = async (
    tenantId: string,
    audience: 'member' | 'contact',
    to = `${randomUUID()}@example.org`,
  ) => {
    const fresh: NewNotification = {
      tenantId,
      dedupeKey: `test:${randomUUID()}`,
      kind: audience === 'contact' ? 'outreach-email' : 'follow-up-due',
      audience,
      ...rel,
      createdAt: service.clock.now,
    };
    const { doc } = await notifications.claim(fresh);
    await notifications.recordEmail(doc._id, { status: 'sent', attempts: 1, to });
    return { id: doc._id, to };
  };

  const event = <Fields extends Record<string, unknown>>(
    email: { id: string; to: string },
    tenantId: string,
    fields: Fields,
  ) => ({
    email: email.to,
    timestamp: Math.floor(service.clock.now.getTime() / 1000) - 30,
    'smtp-id': '<14c5d75ce93.dfd.64b469@ismtpd-555>',
    sg_event_id: randomUUID(),
    sg_message_id: '14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0',
    tenant_id: tenantId,
    notification_id: email.id,
    member_id: rel.memberId,
    ...fields,
  });

  const eventsOf = async (id: string) => (await notifications.byId(id))?.email.events ?? [];

  it('records each event of a correctly signed post on its notification, and a redelivery once', async () => {
    const email = await sentEmail('uni-a', 'member');
    const batch = [
      event(email, 'uni-a', { event: 'processed' }),
      event(email, 'uni-a', { event: 'delivered', response: '250 OK' }),
      event(email, 'uni-a', { event: 'open', sg_machine_open: false, useragent: 'Mail' }),
    ];

    const first = await signedPost(batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ received: 3, recorded: 3, duplicates: 0 });
    const again = await signedPost(batch);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ received: 3, recorded: 0, duplicates: 3 });

    const events = await eventsOf(email.id);
    expect(events.map((e) => e.event)).toEqual(['processed', 'delivered', 'open']);
    expect(events.map((e) => e.providerEventId)).toEqual(batch.map((e) => e.sg_event_id));
    const doc = await notifications.byId(email.id);
    expect(doc?.email.status).toBe('sent');
  });

  describe('refuses a post it cannot trust, and records nothing of it', () => {
    let email: { id: string; to: string };
    let body: string;
    let timestamp: string;

    beforeAll(async () => {
      email = await sentEmail('uni-a', 'member');
      body = JSON.stringify([event(email, 'uni-a', { event: 'delivered' })]);
      timestamp = unixSeconds(service.clock.now);
    });

    afterEach(async () => {
      expect(await eventsOf(email.id)).toEqual([]);
    });

    it('without a signature', async () => {
      const reply = await post(body, { [TIMESTAMP]: timestamp });
      expect(reply.statusCode).toBe(401);
      expect(reply.headers['content-type']).toContain('application/problem+json');
      expect(reply.json()).toMatchObject({
        errors: [{ pointer: '#/headers/x-twilio-email-event-webhook-signature' }],
      });
    });

    it('without a timestamp', async () => {
      const reply = await post(body, {
        [SIGNATURE]: signEventPost(keys.privateKey, timestamp, body),
      });
      expect(reply.statusCode).toBe(401);
    });

    it('signed by another key', async () => {
      const stranger = sendGridSigningKeys();
      const reply = await post(body, {
        [SIGNATURE]: signEventPost(stranger.privateKey, timestamp, body),
        [TIMESTAMP]: timestamp,
      });
      expect(reply.statusCode).toBe(403);
      expect(reply.headers['content-type']).toContain('application/problem+json');
    });

    it('whose body was changed after signing (even by one byte)', async () => {
      const signature = signEventPost(keys.privateKey, timestamp, body);
      const tampered = body.replace('"delivered"', '"delivere"');
      expect(tampered).not.toBe(body);
      const reply = await post(tampered, { [SIGNATURE]: signature, [TIMESTAMP]: timestamp });
      expect(reply.statusCode).toBe(403);
      // Same JSON, other bytes: the signature covers the bytes, not the meaning.
      const reformatted = await post(`${body} `, {
        [SIGNATURE]: signature,
        [TIMESTAMP]: timestamp,
      });
      expect(reformatted.statusCode).toBe(403);
    });

    it('whose timestamp was replaced', async () => {
      const signature = signEventPost(keys.privateKey, timestamp, body);
      const later = String(Number(timestamp) + 1);
      const reply = await post(body, { [SIGNATURE]: signature, [TIMESTAMP]: later });
      expect(reply.statusCode).toBe(403);
    });

    it('signed more than ten minutes ago (a replay)', async () => {
      const old = unixSeconds(new Date(service.clock.now.getTime() - 11 * 60_000));
      const reply = await post(body, {
        [SIGNATURE]: signEventPost(keys.privateKey, old, body),
        [TIMESTAMP]: old,
      });
      expect(reply.statusCode).toBe(403);
      expect(reply.json()).toMatchObject({
        errors: [{ pointer: '#/headers/x-twilio-email-event-webhook-timestamp' }],
      });
    });

    it('with a signature that is not one', async () => {
      const reply = await post(body, {
        [SIGNATURE]: 'bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==',
        [TIMESTAMP]: timestamp,
      });
      expect(reply.statusCode).toBe(403);
    });
  });

  it('ignores events of unknown notifications and of another tenant’s, still answering 200', async () => {
    const theirs = await sentEmail('uni-b', 'member');
    const reply = await signedPost([
      event(theirs, 'uni-a', { event: 'delivered' }),
      event({ id: 'uni-a:no-such-notification', to: theirs.to }, 'uni-a', { event: 'delivered' }),
      { event: 'delivered', sg_event_id: randomUUID(), timestamp: 1, email: theirs.to },
      { not: 'an event' },
    ]);
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ received: 4, recorded: 0, unknown: 3, invalid: 1 });
    expect(await eventsOf(theirs.id)).toEqual([]);
  });

  it('suppresses a contact address that hard-bounced and tells contacts, once', async () => {
    const email = await sentEmail('uni-a', 'contact', 'Gone.Away@Example.org');
    const bounce = event(email, 'uni-a', {
      event: 'bounce',
      type: 'bounce',
      bounce_classification: 'Invalid Address',
      status: '5.1.1',
      reason: '550 5.1.1 The email account that you tried to reach does not exist',
      contact_id: rel.contactId,
    });

    expect((await signedPost([bounce])).statusCode).toBe(200);
    expect((await signedPost([bounce])).statusCode).toBe(200);

    const suppressions = service.app.get(SuppressionStore);
    expect(await suppressions.reasonFor('uni-a', 'gone.away@example.org')).toBe('bounced');
    const doc = await notifications.byId(email.id);
    expect(doc?.email.status).toBe('failed');
    expect(doc?.email.reason).toContain('550 5.1.1');
    expect(doc?.email.events).toHaveLength(1);
    const published = (
      await outboxMessages(service.app, 'rapport.notifications.v1.ContactEmailBounced')
    ).filter((m) => m.event.email === 'Gone.Away@Example.org');
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      tenantId: 'uni-a',
      streamId: `contact-email:${rel.contactId}`,
      event: {
        memberId: rel.memberId,
        contactId: rel.contactId,
        kind: BounceKind.HARD,
        reason: bounce.reason,
      },
    });
    expect(published[0]?.event.bouncedAt?.seconds).toBe(BigInt(bounce.timestamp));
  });

  it('reports a blocked contact email without suppressing the address', async () => {
    const email = await sentEmail('uni-a', 'contact', 'blocked@example.org');
    const reply = await signedPost([
      event(email, 'uni-a', {
        event: 'bounce',
        type: 'blocked',
        bounce_classification: 'Reputation',
        reason: '554 5.7.1 blocked by policy',
      }),
    ]);
    expect(reply.statusCode).toBe(200);
    const suppressions = service.app.get(SuppressionStore);
    expect(await suppressions.reasonFor('uni-a', 'blocked@example.org')).toBeUndefined();
    const published = (
      await outboxMessages(service.app, 'rapport.notifications.v1.ContactEmailBounced')
    ).filter((m) => m.event.email === 'blocked@example.org');
    expect(published.map((m) => m.event.kind)).toEqual([BounceKind.BLOCKED]);
  });

  it('only logs a member’s own bounced email', async () => {
    const email = await sentEmail('uni-a', 'member', 'member-typo@example.org');
    const reply = await signedPost([
      event(email, 'uni-a', { event: 'bounce', type: 'bounce', reason: '550 no such user' }),
    ]);
    expect(reply.statusCode).toBe(200);
    const suppressions = service.app.get(SuppressionStore);
    expect(await suppressions.reasonFor('uni-a', 'member-typo@example.org')).toBeUndefined();
    const published = (
      await outboxMessages(service.app, 'rapport.notifications.v1.ContactEmailBounced')
    ).filter((m) => m.event.email === 'member-typo@example.org');
    expect(published).toEqual([]);
    expect((await notifications.byId(email.id))?.email.status).toBe('failed');
  });
});

describe('SendGrid Event Webhook without a verification key', () => {
  const suite = isolateSuite('notifications-events-off');
  let service: NotificationsTestApp;

  beforeAll(async () => {
    service = await startNotificationsApp(suite);
  });

  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  it('refuses every post with 503', async () => {
    const reply = await service.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/webhooks/sendgrid/events',
        payload: '[]',
        headers: { 'content-type': 'application/json' },
      });
    expect(reply.statusCode).toBe(503);
    expect(reply.headers['content-type']).toContain('application/problem+json');
  });

  it('says why in /health (which ./rapport status repeats), and stays healthy', async () => {
    const health = await service.app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({
      status: 'ok',
      details: {
        webhooks: { status: 'up', note: 'disabled: no RAPPORT_SENDGRID_WEBHOOK_PUBLIC_KEY' },
      },
    });
  });
});
