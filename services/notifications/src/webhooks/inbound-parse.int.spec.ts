import { randomUUID } from 'node:crypto';
import { isolateSuite } from '@rapport/testing';
import { ThreadStore } from '../threads/thread.store';
import {
  type NotificationsTestApp,
  startNotificationsApp,
} from '../testing/notifications-test-app';
import { multipartForm, outboxMessages } from './sendgrid.test-fixture';

const REPLY = 'rapport.notifications.v1.EmailReplyReceived';
const rel = { memberId: 'member-ada', contactId: 'contact-lin', relationshipId: 'rel-lin' };

describe('SendGrid Inbound Parse: a reply to a thread address is logged on its relationship', () => {
  const suite = isolateSuite('notifications-inbound');
  let service: NotificationsTestApp;
  const token = `tok_${randomUUID().replace(/-/g, '')}`;
  const sentMessageId = `${randomUUID()}@rapport.test`;
  const threadAddress = `reply+${token}@reply.rapport.test`;

  beforeAll(async () => {
    service = await startNotificationsApp(suite);
    await service.app
      .get(ThreadStore)
      .remember('uni-a', token, rel, sentMessageId, service.clock.now);
  });

  afterAll(async () => {
    await service?.close();
    await suite.cleanup();
  });

  const headerBlock = (fields: { messageId?: string; inReplyTo?: string; to?: string }) =>
    [
      'Received: by mx.sendgrid.net with SMTP id abc;',
      '\tMon, 02 Mar 2026 09:59:58 +0000 (UTC)',
      'From: Lin Chen <lin@firm.example>',
      `To: ${fields.to ?? `Ada Lovelace <${threadAddress}>`}`,
      'Subject: Re: A short conversation?',
      ...(fields.messageId ? [`Message-ID: <${fields.messageId}>`] : []),
      ...(fields.inReplyTo ? [`In-Reply-To:\r\n <${fields.inReplyTo}>`] : []),
      'Content-Type: multipart/alternative; boundary="b1"',
    ].join('\r\n');

  const inbound = (fields: Record<string, string>) => {
    const form = multipartForm(fields);
    return service.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/webhooks/sendgrid/inbound',
        payload: form.body,
        headers: { 'content-type': form.contentType },
      });
  };

  /** A reply as SendGrid posts it, fields in its order. */
  const reply = (
    messageId: string,
    overrides: { to?: string; envelopeTo?: string[]; inReplyTo?: string | null } = {},
  ) => {
    const to = overrides.to ?? `Ada Lovelace <${threadAddress}>`;
    const inReplyTo =
      overrides.inReplyTo === null ? undefined : (overrides.inReplyTo ?? sentMessageId);
    return {
      headers: headerBlock({ messageId, to, ...(inReplyTo ? { inReplyTo } : {}) }),
      dkim: '{@firm.example : pass}',
      to,
      from: 'Lin Chen <lin@firm.example>',
      text: 'Happy to talk next week.\n\nOn Mon, Ada wrote:\n> ...',
      html: '<p>Happy to talk next week.</p>',
      sender_ip: '203.0.113.9',
      envelope: JSON.stringify({
        to: overrides.envelopeTo ?? [threadAddress],
        from: 'lin@firm.example',
      }),
      attachments: '0',
      subject: 'Re: A short conversation?',
      charsets: JSON.stringify({
        to: 'UTF-8',
        html: 'UTF-8',
        subject: 'UTF-8',
        from: 'UTF-8',
        text: 'UTF-8',
      }),
      SPF: 'pass',
    };
  };

  const repliesWith = async (messageId: string) =>
    (await outboxMessages(service.app, REPLY)).filter((m) => m.event.messageId === messageId);

  it('publishes EmailReplyReceived for the thread’s relationship, once however often it is posted', async () => {
    const messageId = `${randomUUID()}@mail.firm.example`;
    const first = await inbound(reply(messageId));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ recorded: true });
    const again = await inbound(reply(messageId));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ recorded: false });

    const published = await repliesWith(messageId);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      tenantId: 'uni-a',
      streamId: `thread:${token}`,
      event: { ...rel, threadToken: token, messageId, inReplyTo: sentMessageId },
    });
    expect(published[0]?.event.receivedAt?.seconds).toBe(
      BigInt(service.clock.now.getTime() / 1000),
    );
  });

  it('finds the token in the envelope when the visible To is someone else (a Bcc)', async () => {
    const messageId = `${randomUUID()}@mail.firm.example`;
    const response = await inbound(
      reply(messageId, { to: 'Ada Lovelace <ada@student.example>', inReplyTo: null }),
    );
    expect(response.statusCode).toBe(200);
    const published = await repliesWith(messageId);
    expect(published.map((m) => m.event.inReplyTo)).toEqual(['']);
  });

  it('refuses a token it never issued, recording nothing', async () => {
    const messageId = `${randomUUID()}@mail.firm.example`;
    const forged = `reply+forged${randomUUID().slice(0, 8)}@reply.rapport.test`;
    const response = await inbound(reply(messageId, { to: forged, envelopeTo: [forged] }));
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await repliesWith(messageId)).toEqual([]);
  });

  it('refuses a reply address at another domain', async () => {
    const messageId = `${randomUUID()}@mail.firm.example`;
    const elsewhere = `reply+${token}@reply.evil.example`;
    const response = await inbound(reply(messageId, { to: elsewhere, envelopeTo: [elsewhere] }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/to' }] });
    expect(await repliesWith(messageId)).toEqual([]);
  });

  it('refuses a malformed token', async () => {
    const messageId = `${randomUUID()}@mail.firm.example`;
    const bad = 'reply+short@reply.rapport.test';
    const response = await inbound(reply(messageId, { to: bad, envelopeTo: [bad] }));
    expect(response.statusCode).toBe(422);
    expect(await repliesWith(messageId)).toEqual([]);
  });

  it('refuses a reply to a message that was never part of the thread', async () => {
    const messageId = `${randomUUID()}@mail.firm.example`;
    const response = await inbound(reply(messageId, { inReplyTo: 'other@elsewhere.example' }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/headers' }] });
    expect(await repliesWith(messageId)).toEqual([]);
  });

  it('refuses mail with no recipients at all', async () => {
    const messageId = `${randomUUID()}@mail.firm.example`;
    const everything: Record<string, string> = reply(messageId);
    const rest = Object.fromEntries(
      Object.entries(everything).filter(([name]) => name !== 'envelope' && name !== 'to'),
    );
    const response = await inbound(rest);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/envelope' }] });
    expect(await repliesWith(messageId)).toEqual([]);
  });

  it('refuses a post that is not multipart', async () => {
    const response = await service.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/webhooks/sendgrid/inbound',
        payload: { to: threadAddress },
      });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
