import { isolateSuite } from '@rapport/testing';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };
const path = (contactId: string) => `/members/member-ada/contacts/${contactId}`;

describe('edit a contact with optimistic concurrency', () => {
  const suite = isolateSuite('contacts-edit');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('changes the named fields, clears one with null, and answers with the new ETag', async () => {
    const { contactId, etag } = await addContact(service, ada, {
      givenName: 'Mary',
      familyName: 'Jackson',
      organisation: 'NACA',
      role: 'Computer',
    });
    const edited = await service.as(ada).send('PATCH', path(contactId), {
      json: { organisation: 'NASA', role: null },
      headers: { 'if-match': etag },
    });
    expect(edited.status).toBe(200);
    expect(edited.headers.etag).toBe('"2"');
    const body = edited.json();
    expect(body).toMatchObject({ givenName: 'Mary', organisation: 'NASA', version: 2 });
    expect(body).not.toHaveProperty('role');
    const listed = await service
      .as(ada)
      .send('GET', '/members/member-ada/contacts?organisation=nasa');
    expect(listed.json<{ total: number }>().total).toBe(1);
  });

  it('requires If-Match (428) and refuses a stale one (412) without changing anything', async () => {
    const { contactId, etag } = await addContact(service, ada, {
      givenName: 'Dorothy',
      familyName: 'Vaughan',
    });
    const missing = await service
      .as(ada)
      .send('PATCH', path(contactId), { json: { role: 'Supervisor' } });
    expect(missing.status).toBe(428);
    const first = await service.as(ada).send('PATCH', path(contactId), {
      json: { role: 'Supervisor' },
      headers: { 'if-match': etag },
    });
    expect(first.status).toBe(200);
    const stale = await service.as(ada).send('PATCH', path(contactId), {
      json: { role: 'Programmer' },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    const now = await service.as(ada).send('GET', path(contactId));
    expect(now.json()).toMatchObject({ role: 'Supervisor', version: 2 });
  });

  it('refuses an email another contact already has, and an empty patch', async () => {
    await addContact(service, ada, {
      givenName: 'Annie',
      familyName: 'Easley',
      email: 'annie@glenn.example',
    });
    const { contactId, etag } = await addContact(service, ada, {
      givenName: 'Christine',
      familyName: 'Darden',
    });
    const clash = await service.as(ada).send('PATCH', path(contactId), {
      json: { email: 'Annie@Glenn.example' },
      headers: { 'if-match': etag },
    });
    expect(clash.status).toBe(409);
    expect(clash.json()).toMatchObject({ reason: 'duplicate-contact' });
    const empty = await service
      .as(ada)
      .send('PATCH', path(contactId), { json: {}, headers: { 'if-match': etag } });
    expect(empty.status).toBe(400);
    // The refused email stays free for its owner and is not held by the contact that asked.
    const own = await service.as(ada).send('PATCH', path(contactId), {
      json: { email: 'christine@langley.example' },
      headers: { 'if-match': etag },
    });
    expect(own.status).toBe(200);
  });

  it('refuses to edit an archived contact until it is restored', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Katherine',
      familyName: 'Coleman',
    });
    const archived = await service
      .as(ada)
      .send('POST', `${path(contactId)}/archive`, { json: { reason: 'retired' } });
    expect(archived.status).toBe(200);
    const refused = await service.as(ada).send('PATCH', path(contactId), {
      json: { role: 'x' },
      headers: { 'if-match': String(archived.headers.etag) },
    });
    expect(refused.status).toBe(409);
    const restored = await service.as(ada).send('POST', `${path(contactId)}/restore`);
    expect(restored.json()).toMatchObject({ status: 'active', version: 3 });
    const edited = await service.as(ada).send('PATCH', path(contactId), {
      json: { role: 'Mathematician' },
      headers: { 'if-match': String(restored.headers.etag) },
    });
    expect(edited.status).toBe(200);
  });
});
