import { isolateSuite } from '@rapport/testing';
import {
  type NotificationsTestApp,
  type Reply,
  startNotificationsApp,
} from '../testing/notifications-test-app';

const ada = { id: 'member-ada', role: 'member' as const };
const admin = { id: 'admin-1', role: 'admin' as const };
const preferences = '/members/member-ada/notification-preferences';

// Issue 14, items 1 and 6, as the notifications service answers them.
describe('notifications over HTTP: bodies, text and methods', () => {
  const suite = isolateSuite('notifications-http-hardening');
  let service: NotificationsTestApp;

  beforeAll(async () => {
    service = await startNotificationsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const expectProblem = (reply: Reply, status: number) => {
    expect(reply.status).toBe(status);
    expect(reply.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  };

  it('answers a megabyte of junk to a JSON route in under a kilobyte, whatever its type', async () => {
    const junk = Buffer.alloc(1024 * 1024, 'junk');
    for (const contentType of ['application/json', 'multipart/form-data; boundary=x']) {
      const reply = await service.as(ada).send('PUT', preferences, { body: junk, contentType });
      expect([413, 415]).toContain(reply.status);
      expect(reply.body.length).toBeLessThan(1024);
    }
  });

  it('takes multipart only on Inbound Parse', async () => {
    const form = '--x\r\nContent-Disposition: form-data; name="to"\r\n\r\nme@x\r\n--x--\r\n';
    const contentType = 'multipart/form-data; boundary=x';
    expectProblem(await service.as(ada).send('PUT', preferences, { body: form, contentType }), 415);
    const inbound = await service
      .as(ada)
      .send('POST', '/webhooks/sendgrid/inbound', { body: form, contentType });
    expect(inbound.status).not.toBe(415);
  });

  it.each([
    ['CSV', 'text/csv', 'displayName\nAda\n'],
    ['a form', 'application/x-www-form-urlencoded', 'displayName=Ada'],
    ['UTF-16', 'application/json; charset=utf-16', '{"displayName":"Ada"}'],
  ])('refuses %s on the preferences with 415', async (_name, contentType, body) => {
    expectProblem(await service.as(ada).send('PUT', preferences, { body, contentType }), 415);
  });

  it('refuses CSV on the Event Webhook, before its signature is even looked at', async () => {
    const reply = await service
      .as(ada)
      .send('POST', '/webhooks/sendgrid/events', { body: 'a,b\n', contentType: 'text/csv' });
    expectProblem(reply, 415);
  });

  it('refuses invalid UTF-8 with 400', async () => {
    const body = Buffer.concat([
      Buffer.from('{"displayName":"Ad'),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from('"}'),
    ]);
    const reply = await service
      .as(ada)
      .send('PUT', preferences, { body, contentType: 'application/json' });
    expectProblem(reply, 400);
    expect(reply.json()).toMatchObject({ detail: 'The body is not valid UTF-8' });
  });

  it.each([
    ['CR LF', 'Ada\r\nBcc: everyone@example.org'],
    ['NUL', 'Ada\u0000Lovelace'],
  ])('refuses %s in the display name and the institution name', async (_name, value) => {
    const named = await service.as(ada).send('PUT', preferences, { json: { displayName: value } });
    expectProblem(named, 400);
    expect(named.json()).toMatchObject({
      errors: [
        { pointer: '/displayName', detail: 'must be a single line without control characters' },
      ],
    });
    const branded = await service.as(admin).send('PUT', '/institution/branding', {
      json: { institutionName: value, accentColour: '#123456' },
    });
    expectProblem(branded, 400);
    expect(branded.json()).toMatchObject({ errors: [{ pointer: '/institutionName' }] });
    const stored = await service.as(ada).send('GET', preferences);
    expect(stored.json()).toMatchObject({ displayName: null });
  });

  it('answers a method the path does not have with 405 and Allow', async () => {
    const inbox = await service.as(ada).send('DELETE', '/members/member-ada/inbox');
    expectProblem(inbox, 405);
    expect(inbox.headers['allow']).toBe('GET, HEAD');
    const prefs = await service.as(ada).send('POST', preferences, { json: {} });
    expectProblem(prefs, 405);
    expect(prefs.headers['allow']).toBe('GET, HEAD, PUT');
  });

  it('answers an over-long item id with 414 problem+json that does not echo it', async () => {
    const reply = await service
      .as(ada)
      .send('POST', `/members/member-ada/inbox/${'i'.repeat(4000)}/read`);
    expectProblem(reply, 414);
    expect(reply.body).not.toContain('iiii');
    expect(reply.body.length).toBeLessThan(512);
  });
});
