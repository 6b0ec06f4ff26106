import { isolateSuite } from '@rapport/testing';
import { type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };

describe('add a contact', () => {
  const suite = isolateSuite('contacts-add');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('adds a contact with its details, classification, tags and an ETag, and lists it', async () => {
    const added = await service.as(ada).send('POST', '/members/member-ada/contacts', {
      json: {
        givenName: ' Grace ',
        familyName: 'Hopper',
        email: 'grace@navy.example',
        organisation: 'US Navy',
        role: 'Rear Admiral',
        source: 'professor',
        tags: ['mentor', { kind: 'industry', value: 'Computing' }],
      },
    });
    expect(added.status).toBe(201);
    const contact = added.json<{
      contactId: string;
      givenName: string;
      warmth: string;
      version: number;
    }>();
    expect(contact).toMatchObject({
      givenName: 'Grace',
      warmth: 'warm',
      source: 'professor',
      version: 1,
    });
    expect(added.headers.etag).toBe('"1"');
    expect(added.headers.location).toBe(`/members/member-ada/contacts/${contact.contactId}`);

    const list = await service.as(ada).send('GET', '/members/member-ada/contacts');
    expect(list.status).toBe(200);
    expect(list.json<{ items: { contactId: string }[]; total: number }>()).toMatchObject({
      total: 1,
      items: [{ contactId: contact.contactId, familyName: 'Hopper', warmth: 'warm' }],
    });
  });

  it('answers bad input with problem+json naming every field, and stores nothing', async () => {
    const before = await service.db.collection('events').countDocuments();
    const bad = await service.as(ada).send('POST', '/members/member-ada/contacts', {
      json: { givenName: '', email: 'not-an-email', linkedinUrl: 'ftp://x', nickname: 'Amazing' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = bad.json<{ errors: { pointer: string; detail: string }[] }>();
    expect(problem.errors.map((e) => e.pointer).sort()).toEqual(
      ['/email', '/familyName', '/givenName', '/linkedinUrl', '/nickname'].sort(),
    );
    expect(await service.db.collection('events').countDocuments()).toBe(before);
  });

  it('refuses a second contact with the same email (any case) and names the first', async () => {
    const first = await service.as(ada).send('POST', '/members/member-ada/contacts', {
      json: { givenName: 'Alan', familyName: 'Turing', email: 'alan@bletchley.example' },
    });
    const again = await service.as(ada).send('POST', '/members/member-ada/contacts', {
      json: { givenName: 'A.', familyName: 'Turing', email: 'ALAN@Bletchley.example' },
    });
    expect(again.status).toBe(409);
    expect(again.json()).toMatchObject({
      reason: 'duplicate-contact',
      duplicateOf: first.json<{ contactId: string }>().contactId,
    });
  });

  it('is safe to repeat with a client-chosen id', async () => {
    const body = { contactId: 'c-repeat-1', givenName: 'Katherine', familyName: 'Johnson' };
    const first = await service
      .as(ada)
      .send('POST', '/members/member-ada/contacts', { json: body });
    const second = await service
      .as(ada)
      .send('POST', '/members/member-ada/contacts', { json: body });
    expect(first.status).toBe(201);
    // The same request again answers as the first did (repeated-add.int.spec.ts has the rest).
    expect(second.status).toBe(201);
    expect(second.json()).toEqual(first.json());
    const list = await service.as(ada).send('GET', '/members/member-ada/contacts?q=katherine');
    expect(list.json<{ total: number }>().total).toBe(1);
  });
});
