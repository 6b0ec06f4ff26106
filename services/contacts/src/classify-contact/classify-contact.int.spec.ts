import { isolateSuite } from '@rapport/testing';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };

describe('classify a contact', () => {
  const suite = isolateSuite('contacts-classify');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('sets source and warmth (warmth follows the source unless given), filterable in the list', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Lise',
      familyName: 'Meitner',
    });
    const url = `/members/member-ada/contacts/${contactId}/classification`;
    const cold = await service.as(ada).send('PUT', url, { json: { source: 'event' } });
    expect(cold.json()).toMatchObject({ source: 'event', warmth: 'cold', version: 2 });
    const warm = await service
      .as(ada)
      .send('PUT', url, { json: { source: 'event', warmth: 'warm' } });
    expect(warm.json()).toMatchObject({ warmth: 'warm', version: 3 });
    const same = await service
      .as(ada)
      .send('PUT', url, { json: { source: 'event', warmth: 'warm' } });
    expect(same.json()).toMatchObject({ version: 3 });
    const list = await service
      .as(ada)
      .send('GET', '/members/member-ada/contacts?warmth=warm&source=event');
    expect(list.json<{ items: { contactId: string }[] }>().items.map((i) => i.contactId)).toEqual([
      contactId,
    ]);
  });

  it('rejects an unknown source with a pointer to it', async () => {
    const { contactId } = await addContact(service, ada, { givenName: 'Otto', familyName: 'Hahn' });
    const bad = await service
      .as(ada)
      .send('PUT', `/members/member-ada/contacts/${contactId}/classification`, {
        json: { source: 'carrier-pigeon' },
      });
    expect(bad.status).toBe(400);
    expect(bad.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toEqual([
      '/source',
    ]);
  });
});
