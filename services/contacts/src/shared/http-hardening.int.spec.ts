import { isolateSuite } from '@rapport/testing';
import { type ContactsTestApp, type Reply, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };
const contacts = '/members/member-ada/contacts';

// Issue 14, items 1 and 6, as the contacts service answers them.
describe('contacts over HTTP: bodies, text and methods', () => {
  const suite = isolateSuite('contacts-http-hardening');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const expectProblem = (reply: Reply, status: number) => {
    expect(reply.status).toBe(status);
    expect(reply.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  };

  const storedEvents = () => service.db.collection('events').countDocuments();

  it('answers a megabyte of junk to a JSON route in under a kilobyte, whatever its type', async () => {
    const junk = Buffer.alloc(1024 * 1024, 'a,b\n');
    for (const contentType of ['application/json', 'text/csv', 'text/plain']) {
      const reply = await service.as(ada).send('POST', contacts, { body: junk, contentType });
      expect([413, 415]).toContain(reply.status);
      expect(reply.body.length).toBeLessThan(1024);
    }
  });

  it('lists at most 20 errors for a body of many unknown fields, and counts the rest', async () => {
    const fields = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x${i}`, i]));
    const reply = await service.as(ada).send('POST', contacts, {
      json: { givenName: 'Ada', familyName: 'Lovelace', ...fields },
    });
    expectProblem(reply, 400);
    expect(reply.json()).toMatchObject({ truncated: 480 });
    expect(reply.json<{ errors: unknown[] }>().errors).toHaveLength(20);
    expect(reply.body.length).toBeLessThan(4096);
  });

  it('refuses a CSV body on the add route with 415 (the import route takes it)', async () => {
    const csv = 'First Name,Last Name\nAda,Lovelace\n';
    expectProblem(
      await service.as(ada).send('POST', contacts, { body: csv, contentType: 'text/csv' }),
      415,
    );
    const mapping = encodeURIComponent(
      JSON.stringify({ givenName: 'First Name', familyName: 'Last Name' }),
    );
    const imported = await service
      .as(ada)
      .send('POST', `/members/member-ada/contact-imports?format=csv&mapping=${mapping}`, {
        body: csv,
        contentType: 'text/csv',
      });
    expect(imported.status).toBe(201);
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded', 'givenName=Ada&familyName=Lovelace'],
    ['UTF-16', 'application/json; charset=utf-16', '{"givenName":"Ada","familyName":"L"}'],
  ])('refuses %s with 415', async (_name, contentType, body) => {
    expectProblem(await service.as(ada).send('POST', contacts, { body, contentType }), 415);
  });

  it('refuses invalid UTF-8 with 400 and stores nothing', async () => {
    const before = await storedEvents();
    const body = Buffer.concat([
      Buffer.from('{"givenName":"Ad'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('","familyName":"Lovelace"}'),
    ]);
    const reply = await service.as(ada).send('POST', contacts, {
      body,
      contentType: 'application/json',
    });
    expectProblem(reply, 400);
    expect(reply.json()).toMatchObject({ detail: 'The body is not valid UTF-8' });
    expect(await storedEvents()).toBe(before);
  });

  it.each([
    ['CR LF', 'Ada\r\nBcc: everyone@example.org'],
    ['LF', 'Ada\nLovelace'],
    ['NUL', 'Ada\u0000'],
    ['TAB', 'Ada\tLovelace'],
  ])('refuses %s in a name and stores nothing', async (_name, givenName) => {
    const before = await storedEvents();
    const reply = await service.as(ada).send('POST', contacts, {
      json: { givenName, familyName: 'Lovelace', organisation: 'Analytical\rEngines' },
    });
    expectProblem(reply, 400);
    expect(reply.json()).toMatchObject({
      errors: [
        { pointer: '/givenName', detail: 'must be a single line without control characters' },
        { pointer: '/organisation', detail: 'must be a single line without control characters' },
      ],
    });
    expect(await storedEvents()).toBe(before);
  });

  it('keeps line breaks in a research note but refuses NUL there', async () => {
    const added = await service.as(ada).send('POST', contacts, {
      json: { givenName: 'Mary', familyName: 'Somerville' },
    });
    const notes = `${contacts}/${added.json<{ contactId: string }>().contactId}/notes`;
    const kept = await service.as(ada).send('POST', notes, {
      json: { text: 'Wrote On the Connexion.\n\tAsk about it.' },
    });
    expect(kept.status).toBe(201);
    expect(kept.body).toContain('Connexion.\\n\\tAsk');
    const refused = await service.as(ada).send('POST', notes, { json: { text: 'a\u0000b' } });
    expectProblem(refused, 400);
    expect(refused.json()).toMatchObject({ errors: [{ pointer: '/text' }] });
  });

  it('answers a method the path does not have with 405 and Allow', async () => {
    const reply = await service.as(ada).send('PATCH', contacts, { json: {} });
    expectProblem(reply, 405);
    expect(reply.headers['allow']).toBe('GET, HEAD, POST');
    const counters = await service.as(ada).send('DELETE', '/members/member-ada/contact-counters');
    expectProblem(counters, 405);
    expect(counters.headers['allow']).toBe('GET, HEAD');
  });

  it('answers an over-long id with 414 problem+json that does not echo it', async () => {
    const reply = await service.as(ada).send('GET', `${contacts}/${'c'.repeat(4000)}`);
    expectProblem(reply, 414);
    expect(reply.body).not.toContain('cccc');
    expect(reply.body.length).toBeLessThan(512);
  });
});
