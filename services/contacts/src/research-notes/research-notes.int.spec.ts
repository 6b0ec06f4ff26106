import { isolateSuite } from '@rapport/testing';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };

describe('research notes', () => {
  const suite = isolateSuite('contacts-notes');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('adds and edits notes, shown on the contact and counted in the list', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Chien-Shiung',
      familyName: 'Wu',
    });
    const url = `/members/member-ada/contacts/${contactId}/notes`;
    const added = await service
      .as(ada)
      .send('POST', url, { json: { text: 'Led the parity experiment in 1956.' } });
    expect(added.status).toBe(201);
    const noteId = added.json<{ notes: { noteId: string }[] }>().notes[0]!.noteId;
    const edited = await service
      .as(ada)
      .send('PUT', `${url}/${noteId}`, { json: { text: 'Parity, 1956; ask about it.' } });
    expect(edited.json<{ notes: unknown[] }>().notes).toEqual([
      expect.objectContaining({
        noteId,
        text: 'Parity, 1956; ask about it.',
        editedAt: expect.any(String) as unknown,
      }),
    ]);
    const list = await service.as(ada).send('GET', '/members/member-ada/contacts');
    expect(list.json<{ items: { noteCount: number }[] }>().items[0]?.noteCount).toBe(1);
  });

  it('refuses an empty note and an unknown note id', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Emmy',
      familyName: 'Noether',
    });
    const url = `/members/member-ada/contacts/${contactId}/notes`;
    expect((await service.as(ada).send('POST', url, { json: { text: '   ' } })).status).toBe(400);
    const missing = await service
      .as(ada)
      .send('PUT', `${url}/no-such-note`, { json: { text: 'x' } });
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ reason: 'note-not-found' });
  });
});
