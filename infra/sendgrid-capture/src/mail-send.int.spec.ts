import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testServers } from '@rapport/testing';
import { apiKeyHash, type CaptureServer, startCaptureServer } from './capture-server';
import {
  listMessages,
  mailService,
  messageIdOf,
  refusal,
  sendGridClient,
  testApiKey,
} from './sendgrid-test-client';

// POST /v3/mail/send through the real @sendgrid/mail and @sendgrid/client packages, against a
// capture server of this suite's own (free port, temporary data dir).
describe('SendGrid capture server: POST /v3/mail/send', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rapport-sendgrid-'));
  let server: CaptureServer;

  beforeAll(async () => {
    server = await startCaptureServer({ port: 0, dataDir });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const valid = () => ({
    personalizations: [{ to: [{ email: 'ada@example.org', name: 'Ada' }] }],
    from: { email: 'rapport@example.edu', name: 'Rapport' },
    subject: 'Twenty minutes of advice?',
    content: [
      { type: 'text/plain', value: 'Hello Ada' },
      { type: 'text/html', value: '<p>Hello Ada</p>' },
    ],
  });

  function send(body: unknown, apiKey = testApiKey()) {
    return sendGridClient(server.url, apiKey).request({
      method: 'POST',
      url: '/v3/mail/send',
      body: body as object,
    });
  }

  it('accepts a message from @sendgrid/mail with 202 and an X-Message-Id, and lists it by key', async () => {
    const apiKey = testApiKey();
    const [response] = await mailService(server.url, apiKey).send({
      to: { email: 'grace@example.org', name: 'Grace Hopper' },
      from: { email: 'rapport@example.edu', name: 'Rapport' },
      replyTo: 'student@example.edu',
      subject: 'A question about compilers',
      text: 'Dear Grace, …',
      html: '<p>Dear Grace, …</p>',
      customArgs: { outreachId: 'o-17' },
      categories: ['outreach'],
    });
    expect(response.statusCode).toBe(202);
    const messageId = messageIdOf(response);
    expect(messageId).toMatch(/^[\w-]{22}$/);

    const [message, ...others] = await listMessages(server.url, apiKey);
    expect(others).toEqual([]);
    expect(message).toMatchObject({
      id: messageId,
      apiKeyHash: apiKeyHash(apiKey),
      personalizations: [{ to: [{ email: 'grace@example.org', name: 'Grace Hopper' }] }],
      from: { email: 'rapport@example.edu', name: 'Rapport' },
      reply_to: { email: 'student@example.edu' },
      subject: 'A question about compilers',
      content: [
        { type: 'text/plain', value: 'Dear Grace, …' },
        { type: 'text/html', value: '<p>Dear Grace, …</p>' },
      ],
      custom_args: { outreachId: 'o-17' },
      categories: ['outreach'],
    });
    expect(Date.parse(message!.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(readFileSync(server.file, 'utf8')).not.toContain(apiKey);
  });

  const accepted: [string, (body: Record<string, unknown>) => void][] = [
    [
      'a template instead of subject and content',
      (b) => {
        delete b['subject'];
        delete b['content'];
        b['template_id'] = 'd-0123456789abcdef';
      },
    ],
    [
      'a subject in every personalization instead of one on top',
      (b) => {
        delete b['subject'];
        b['personalizations'] = [
          { to: [{ email: 'a@example.org' }], subject: 'For A' },
          { to: [{ email: 'b@example.org' }], subject: 'For B' },
        ];
      },
    ],
    [
      'cc, bcc and the per-personalization fields',
      (b) =>
        (b['personalizations'] = [
          {
            to: [{ email: 'a@example.org' }],
            cc: [{ email: 'c@example.org', name: 'C' }],
            bcc: [{ email: 'd@example.org' }],
            subject: 'per personalization',
            headers: { 'X-Per-Recipient': '1' },
            custom_args: { contactId: 'c-1' },
            send_at: 1_900_000_000,
          },
        ]),
    ],
    [
      'settings objects, send_at, headers, categories and further content types',
      (b) => {
        b['mail_settings'] = { sandbox_mode: { enable: false } };
        b['tracking_settings'] = { click_tracking: { enable: true } };
        b['send_at'] = 1_900_000_000;
        b['headers'] = { 'X-Rapport-Trace': 'abc' };
        b['categories'] = Array.from({ length: 10 }, (_, i) => `c${i}`);
        b['content'] = [
          { type: 'text/plain', value: 'plain' },
          { type: 'text/html', value: '<p>html</p>' },
          { type: 'text/calendar', value: 'BEGIN:VCALENDAR' },
        ];
      },
    ],
    ['reply_to_list alone', (b) => (b['reply_to_list'] = [{ email: 'r@example.org' }])],
  ];

  it.each(accepted)('accepts %s', async (_name, change) => {
    const body: Record<string, unknown> = valid();
    change(body);
    const [response] = await send(body);
    expect(response.statusCode).toBe(202);
  });

  const recipients = (n: number, domain: string) =>
    Array.from({ length: n }, (_, i) => ({ email: `r${i}@${domain}` }));

  // [rule, change to the valid body, field the error must name]
  const refused: [string, (body: Record<string, unknown>) => void, string][] = [
    ['personalizations required', (b) => delete b['personalizations'], 'personalizations'],
    ['at least one personalization', (b) => (b['personalizations'] = []), 'personalizations'],
    [
      'at most 1000 personalizations',
      (b) =>
        (b['personalizations'] = Array.from({ length: 1001 }, (_, i) => ({
          to: [{ email: `p${i}@example.org` }],
        }))),
      'personalizations',
    ],
    [
      'to required in each personalization',
      (b) => (b['personalizations'] = [{ cc: [{ email: 'c@example.org' }] }]),
      'personalizations.0.to',
    ],
    [
      'to has at least one recipient',
      (b) => (b['personalizations'] = [{ to: [] }]),
      'personalizations.0.to',
    ],
    [
      'to addresses valid',
      (b) => (b['personalizations'] = [{ to: [{ email: 'not-an-address' }] }]),
      'personalizations.0.to.0.email',
    ],
    [
      'recipient names are strings',
      (b) => (b['personalizations'] = [{ to: [{ email: 'a@example.org', name: 7 }] }]),
      'personalizations.0.to.0.name',
    ],
    [
      'cc addresses valid',
      (b) =>
        (b['personalizations'] = [{ to: [{ email: 'a@example.org' }], cc: [{ email: 'x@' }] }]),
      'personalizations.0.cc.0.email',
    ],
    [
      'bcc addresses valid',
      (b) => (b['personalizations'] = [{ to: [{ email: 'a@example.org' }], bcc: [{ name: 'B' }] }]),
      'personalizations.0.bcc.0.email',
    ],
    [
      'at most 1000 recipients in all',
      (b) =>
        (b['personalizations'] = [
          { to: recipients(500, 'one.example.org') },
          { to: recipients(400, 'two.example.org'), cc: recipients(101, 'three.example.org') },
        ]),
      'personalizations',
    ],
    [
      'an address once per personalization across to, cc and bcc',
      (b) =>
        (b['personalizations'] = [
          { to: [{ email: 'a@example.org' }], bcc: [{ email: 'A@Example.org' }] },
        ]),
      'personalizations.0.bcc.0.email',
    ],
    [
      'personalization subject not empty',
      (b) => (b['personalizations'] = [{ to: [{ email: 'a@example.org' }], subject: '' }]),
      'personalizations.0.subject',
    ],
    [
      'personalization header values are strings',
      (b) =>
        (b['personalizations'] = [{ to: [{ email: 'a@example.org' }], headers: { 'X-N': 1 } }]),
      'personalizations.0.headers.X-N',
    ],
    [
      'personalization headers not reserved',
      (b) =>
        (b['personalizations'] = [
          { to: [{ email: 'a@example.org' }], headers: { 'Reply-To': 'x@example.org' } },
        ]),
      'personalizations.0.headers.Reply-To',
    ],
    [
      'personalization custom_args values are strings',
      (b) =>
        (b['personalizations'] = [
          { to: [{ email: 'a@example.org' }], custom_args: { attempt: 2 } },
        ]),
      'personalizations.0.custom_args.attempt',
    ],
    [
      'personalization send_at is an integer',
      (b) => (b['personalizations'] = [{ to: [{ email: 'a@example.org' }], send_at: 1.5 }]),
      'personalizations.0.send_at',
    ],
    ['from required', (b) => delete b['from'], 'from'],
    ['from.email required', (b) => (b['from'] = { name: 'No address' }), 'from.email'],
    ['from.email valid', (b) => (b['from'] = { email: 'rapport.example.edu' }), 'from.email'],
    ['subject required without a template', (b) => delete b['subject'], 'subject'],
    [
      'subject required unless every personalization has one',
      (b) => {
        delete b['subject'];
        b['personalizations'] = [
          { to: [{ email: 'a@example.org' }], subject: 'For A' },
          { to: [{ email: 'b@example.org' }] },
        ];
      },
      'subject',
    ],
    ['subject not empty', (b) => (b['subject'] = ''), 'subject'],
    ['content required without a template', (b) => delete b['content'], 'content'],
    ['content not empty', (b) => (b['content'] = []), 'content'],
    [
      'content value not empty',
      (b) => (b['content'] = [{ type: 'text/plain', value: '' }]),
      'content.0.value',
    ],
    ['content type required', (b) => (b['content'] = [{ value: 'hi' }]), 'content.0.type'],
    [
      'text/plain first',
      (b) =>
        (b['content'] = [
          { type: 'text/html', value: '<p>hi</p>' },
          { type: 'text/plain', value: 'hi' },
        ]),
      'content.1.type',
    ],
    [
      'text/html before other types',
      (b) =>
        (b['content'] = [
          { type: 'text/calendar', value: 'BEGIN:VCALENDAR' },
          { type: 'text/html', value: '<p>hi</p>' },
        ]),
      'content.1.type',
    ],
    ['reply_to valid', (b) => (b['reply_to'] = { email: 'nope' }), 'reply_to.email'],
    [
      'reply_to_list valid',
      (b) => (b['reply_to_list'] = [{ email: 'ok@example.org' }, { email: 'nope' }]),
      'reply_to_list.1.email',
    ],
    [
      'reply_to and reply_to_list not both',
      (b) => {
        b['reply_to'] = { email: 'one@example.org' };
        b['reply_to_list'] = [{ email: 'two@example.org' }];
      },
      'reply_to_list',
    ],
    ['header values are strings', (b) => (b['headers'] = { 'X-Count': 3 }), 'headers.X-Count'],
    ['headers not reserved', (b) => (b['headers'] = { 'X-SG-ID': 'mine' }), 'headers.X-SG-ID'],
    [
      'reserved headers refused in any case',
      (b) => (b['headers'] = { 'dkim-SIGNATURE': 'v=1' }),
      'headers.dkim-SIGNATURE',
    ],
    ['custom_args values are strings', (b) => (b['custom_args'] = { n: true }), 'custom_args.n'],
    [
      'at most 10 categories',
      (b) => (b['categories'] = Array.from({ length: 11 }, (_, i) => `c${i}`)),
      'categories',
    ],
    ['categories are strings', (b) => (b['categories'] = ['ok', 5]), 'categories.1'],
    ['send_at an integer', (b) => (b['send_at'] = '2026-01-01'), 'send_at'],
    ['mail_settings an object', (b) => (b['mail_settings'] = 'sandbox'), 'mail_settings'],
    ['tracking_settings an object', (b) => (b['tracking_settings'] = []), 'tracking_settings'],
  ];

  it.each(refused)('refuses with 400 naming the field: %s', async (_rule, change, field) => {
    const body: Record<string, unknown> = valid();
    change(body);
    const apiKey = testApiKey();
    const { code, errors } = await refusal(send(body, apiKey));
    expect(code).toBe(400);
    expect(errors.map((e) => e.field)).toContain(field);
    for (const error of errors) {
      expect(error).toEqual({
        message: expect.any(String) as unknown,
        field: expect.any(String) as unknown,
        help: null,
      });
    }
    expect(await listMessages(server.url, apiKey)).toEqual([]);
  });

  it('lists every problem of a body in one answer', async () => {
    const { code, errors } = await refusal(
      send({
        personalizations: [{ to: [{ email: 'bad' }] }],
        from: {},
        headers: { To: 'x@example.org' },
      }),
    );
    expect(code).toBe(400);
    expect(errors.map((e) => e.field).sort()).toEqual(
      ['content', 'from.email', 'headers.To', 'personalizations.0.to.0.email', 'subject'].sort(),
    );
  });

  it('refuses a body that is not JSON in the same error shape', async () => {
    const response = await fetch(`${server.url}/v3/mail/send`, {
      method: 'POST',
      headers: { authorization: `Bearer ${testApiKey()}`, 'content-type': 'application/json' },
      body: '{"personalizations": [',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.any(String) as unknown, field: null, help: null }],
    });
  });

  it('answers 401 in the error shape without a bearer key, and stores nothing', async () => {
    const before = (await listMessages(server.url, undefined)).length;
    const noKey = await refusal(
      sendGridClient(server.url).request({
        method: 'POST',
        url: '/v3/mail/send',
        body: valid(),
      }),
    );
    expect(noKey.code).toBe(401);
    expect(noKey.errors).toEqual([
      { message: expect.any(String) as unknown, field: null, help: null },
    ]);

    const basic = await fetch(`${server.url}/v3/mail/send`, {
      method: 'POST',
      headers: { authorization: 'Basic dXNlcjpwYXNz', 'content-type': 'application/json' },
      body: JSON.stringify(valid()),
    });
    expect(basic.status).toBe(401);
    expect((await listMessages(server.url, undefined)).length).toBe(before);
  });

  it('the capture server the global setup started answers at testServers().sendgridUrl', async () => {
    const apiKey = testApiKey();
    const [response] = await mailService(testServers().sendgridUrl, apiKey).send({
      to: 'shared@example.org',
      from: 'rapport@example.edu',
      subject: 'Through the shared server',
      text: 'hello',
    });
    expect(response.statusCode).toBe(202);
    const listed = await listMessages(testServers().sendgridUrl, apiKey);
    expect(listed.map((m) => m.id)).toEqual([messageIdOf(response)]);
  });
});
