import { randomBytes } from 'node:crypto';
import { pollUntil, testServers } from '@rapport/testing';
import {
  type GatewayKeys,
  gatewayKeys,
  type RunningService,
  startRegisteredService,
} from './support/registered-service';

interface CapturedMessage {
  personalizations: Array<{ to: Array<{ email: string }> }>;
  subject?: string;
  headers?: Record<string, string>;
  reply_to_list?: Array<{ email: string }>;
  custom_args?: Record<string, string>;
}

/** A multipart/form-data body, as SendGrid's Inbound Parse posts a received email. */
function inboundForm(fields: Record<string, string>): { body: Buffer; contentType: string } {
  const boundary = `rapport-e2e-${randomBytes(8).toString('hex')}`;
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

// The email thread across the system: a contact added in contacts reaches outreach's directory;
// the request sent through outreach is mailed by notifications through the real SendGrid client
// to the capture server; the contact's reply, posted by Inbound Parse to notifications, is
// matched by its thread token and recorded as the answer in outreach.
describe('an outreach email and its reply, across contacts, outreach and notifications', () => {
  const tenantId = `uni-thread-${randomBytes(4).toString('hex')}`;
  const member = { tenantId, actorId: 'm-ada', role: 'member' as const };
  const apiKey = `SG.e2e-${randomBytes(8).toString('hex')}`;
  const captureUrl = testServers().sendgridUrl;
  let keys: GatewayKeys;
  let contacts: RunningService;
  let outreach: RunningService;
  let notifications: RunningService;

  beforeAll(async () => {
    keys = await gatewayKeys();
    const label = 'thread';
    [contacts, outreach, notifications] = await Promise.all([
      startRegisteredService('contacts', keys, { label }),
      startRegisteredService('outreach', keys, { label }),
      startRegisteredService('notifications', keys, {
        label,
        env: { RAPPORT_SENDGRID_API_KEY: apiKey, RAPPORT_SENDGRID_URL: captureUrl },
      }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([contacts?.stop(), outreach?.stop(), notifications?.stop()]);
  });

  /** A failed wait says what each service logged, which is where the cause is. */
  const explained = async <T>(wait: () => Promise<T>): Promise<T> => {
    try {
      return await wait();
    } catch (error) {
      const logs = [contacts, outreach, notifications]
        .map((service) => `--- ${service.registration.name}\n${service.log().slice(-3000)}`)
        .join('\n');
      throw new Error(`${(error as Error).message}\n${logs}`);
    }
  };

  it('mails the request in a thread, and logs the emailed reply as the answer', async () => {
    const added = await contacts.call('POST', '/members/m-ada/contacts', member, {
      contactId: 'c-grace',
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace.e2e@navy.example',
      organisation: 'US Navy',
    });
    expect(added.status).toBe(201);
    const profile = await outreach.call('PUT', '/members/m-ada/profile', member, {
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada.e2e@uni.example',
    });
    expect(profile.status).toBe(200);
    const draft = await outreach.call('PUT', '/members/m-ada/outreach/c-grace/draft', member, {
      channel: 'email',
      subject: 'Twenty minutes on navy computing?',
      body: 'Dear Dr Hopper,\n\nMay I ask you for twenty minutes of advice?\n\nAda',
    });
    expect(draft.status).toBe(200);
    // Sending needs the contact's address, which outreach hears from contacts through Kafka.
    await pollUntil(
      'outreach sends once the contact reached its directory',
      async () => {
        const sent = await outreach.call('POST', '/members/m-ada/outreach/c-grace/send', member, {
          channel: 'email',
          delivery: 'rapport',
        });
        return sent.status === 200 ? true : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );

    const mail = await pollUntil(
      'the request at the capture server',
      async () => {
        const reply = await fetch(`${captureUrl}/api/messages?to=grace.e2e@navy.example`, {
          headers: { authorization: `Bearer ${apiKey}` },
        });
        const { messages } = (await reply.json()) as { messages: CapturedMessage[] };
        // Only this run's institution: the topic also carries earlier runs' requests.
        return messages.find((message) => message.custom_args?.['tenant_id'] === tenantId);
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    expect(mail.subject).toBe('Twenty minutes on navy computing?');
    const threadAddress = mail.reply_to_list?.[1]?.email ?? '';
    expect(mail.reply_to_list?.[0]?.email).toBe('ada.e2e@uni.example');
    expect(threadAddress).toMatch(/^reply\+[A-Za-z0-9_-]+@/);
    const messageId = mail.headers?.['Message-ID'] ?? '';

    const forged = inboundForm({
      to: threadAddress.replace(/\+[^@]+@/, '+forgedtoken0000000000000000000@'),
      from: 'Grace Hopper <grace.e2e@navy.example>',
      subject: 'Re: Twenty minutes on navy computing?',
      text: 'Happy to help.',
      headers: `Message-ID: <forged-1@navy.example>\r\nIn-Reply-To: ${messageId}\r\n`,
      envelope: JSON.stringify({
        to: [threadAddress.replace(/\+[^@]+@/, '+forgedtoken0000000000000000000@')],
        from: 'grace.e2e@navy.example',
      }),
    });
    const refused = await fetch(`${notifications.url}/webhooks/sendgrid/inbound`, {
      method: 'POST',
      headers: { 'content-type': forged.contentType },
      body: forged.body,
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);

    const reply = inboundForm({
      to: threadAddress,
      from: 'Grace Hopper <grace.e2e@navy.example>',
      subject: 'Re: Twenty minutes on navy computing?',
      text: 'Happy to help. Tuesday at ten?',
      headers: `Message-ID: <reply-1.${tenantId}@navy.example>\r\nIn-Reply-To: ${messageId}\r\nReferences: ${messageId}\r\n`,
      envelope: JSON.stringify({ to: [threadAddress], from: 'grace.e2e@navy.example' }),
    });
    const accepted = await fetch(`${notifications.url}/webhooks/sendgrid/inbound`, {
      method: 'POST',
      headers: { 'content-type': reply.contentType },
      body: reply.body,
    });
    expect(accepted.status).toBe(200);

    const answered = await explained(() =>
      pollUntil(
        'outreach records the emailed reply',
        async () => {
          const view = await outreach.call('GET', '/members/m-ada/outreach/c-grace', member);
          const body = (await view.json()) as {
            status: string;
            outcome?: string;
            history: Array<{ type: string; detail?: { outcome?: string; recordedVia?: string } }>;
          };
          return body.status === 'responded' ? body : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 500 },
      ),
    );
    // An emailed reply says nothing of yes or no: the member classifies it later.
    expect(answered.outcome).toBe('other');
    expect(JSON.stringify(answered.history)).toContain('"recordedVia":"email-reply"');
  });
});
