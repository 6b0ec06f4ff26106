import { isolateSuite } from '@rapport/testing';
import {
  addContact,
  type ContactsTestApp,
  type Reply,
  startContactsApp,
} from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };

const answer = (reply: Reply) => ({
  status: reply.status,
  etag: reply.headers['etag'],
  body: reply.json<unknown>(),
});

describe('adding a research note again with the same client-chosen note id', () => {
  const suite = isolateSuite('contacts-note-repeat');
  let service: ContactsTestApp;
  let url: string;

  beforeAll(async () => {
    service = await startContactsApp(suite);
    const { contactId } = await addContact(service, ada, {
      givenName: 'Lise',
      familyName: 'Meitner',
    });
    url = `/members/member-ada/contacts/${contactId}/notes`;
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const post = (json: Record<string, unknown>, headers: Record<string, string> = {}) =>
    service.as(ada).send('POST', url, { json, headers });

  it('answers as the first did, even with an If-Match that a later change made stale', async () => {
    const body = { noteId: 'n-fission', text: 'Explained fission with Frisch' };
    const first = await post(body, { 'if-match': '"1"' });
    expect(first.status).toBe(201);
    expect(first.json()).toMatchObject({ version: 2, notes: [{ noteId: 'n-fission' }] });
    expect((await post({ noteId: 'n-later', text: 'Nobel committee' })).status).toBe(201);

    const again = await post(body, { 'if-match': '"1"' });
    expect(answer(again)).toEqual(answer(first));
    const without = await post(body);
    expect(answer(without)).toEqual(answer(first));
    const contact = await service.as(ada).send('GET', url.replace(/\/notes$/, ''));
    expect(contact.json<{ version: number; notes: unknown[] }>()).toMatchObject({ version: 3 });
    expect(contact.json<{ notes: unknown[] }>().notes).toHaveLength(2);
  });

  it('refuses other text under the same note id with a 409 naming it', async () => {
    expect((await post({ noteId: 'n-other', text: 'First text' })).status).toBe(201);
    const other = await post({ noteId: 'n-other', text: 'Second text' });
    expect(other.status).toBe(409);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.json()).toMatchObject({ reason: 'note-exists', differences: ['text'] });
  });

  it('answers concurrent duplicates all alike, with one note recorded', async () => {
    const body = { noteId: 'n-race', text: 'Met at Dahlem' };
    const replies = await Promise.all(Array.from({ length: 5 }, () => post(body)));
    const answers = replies.map(answer);
    expect(answers.map((a) => a.status)).toEqual(Array(5).fill(201));
    for (const other of answers) expect(other).toEqual(answers[0]);
    const contact = await service.as(ada).send('GET', url.replace(/\/notes$/, ''));
    const notes = contact.json<{ notes: { noteId: string }[] }>().notes;
    expect(notes.filter((n) => n.noteId === 'n-race')).toHaveLength(1);
  });
});
