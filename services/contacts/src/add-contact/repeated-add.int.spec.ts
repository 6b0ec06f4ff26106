import { isolateSuite } from '@rapport/testing';
import { contactStreamId } from '../domain/contact.decider';
import { type ContactsTestApp, type Reply, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };
const bea = { id: 'member-bea', role: 'member' as const };

/** What a client sees of an answer: status, the headers that name the result, and the body. */
const answer = (reply: Reply) => ({
  status: reply.status,
  location: reply.headers['location'],
  etag: reply.headers['etag'],
  body: reply.json<unknown>(),
});

describe('adding a contact again with the same client-chosen id', () => {
  const suite = isolateSuite('contacts-repeat');
  let service: ContactsTestApp;
  const add = (body: Record<string, unknown>, caller: typeof ada = ada) =>
    service.as(caller).send('POST', `/members/${caller.id}/contacts`, { json: body });

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('answers the same request as the first time, even after the contact changed', async () => {
    const body = {
      contactId: 'c-same',
      givenName: 'Mary',
      familyName: 'Jackson',
      email: 'mary@nasa.example',
      source: 'alumnus',
      tags: ['engineer'],
    };
    const first = await add(body);
    expect(first.status).toBe(201);
    const changed = await service
      .as(ada)
      .send('PUT', '/members/member-ada/contacts/c-same/classification', {
        json: { source: 'professor' },
      });
    expect(changed.status).toBe(200);

    const again = await add(body);
    expect(answer(again)).toEqual(answer(first));
    expect(answer(again)).toMatchObject({
      status: 201,
      location: '/members/member-ada/contacts/c-same',
      etag: '"1"',
    });
    // Nothing was recorded by the repeat: the contact is still at the version the change left.
    const now = await service.as(ada).send('GET', '/members/member-ada/contacts/c-same');
    expect(now.json()).toMatchObject({ version: 2, source: 'professor' });
  });

  it('refuses another body under the same id with a 409 naming what differs', async () => {
    const body = { contactId: 'c-other', givenName: 'Dorothy', familyName: 'Vaughan' };
    expect((await add(body)).status).toBe(201);
    const other = await add({ ...body, familyName: 'Johnson', email: 'd@nasa.example' });
    expect(other.status).toBe(409);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = other.json<{ reason: string; differences: string[]; detail: string }>();
    expect(problem.reason).toBe('contact-exists');
    expect(problem.differences.sort()).toEqual(['details.email', 'details.familyName']);
    expect(problem.detail).toContain('details.familyName');
  });

  it('keeps members apart: the same id under another member is another contact', async () => {
    const body = { contactId: 'c-shared-id', givenName: 'Annie', familyName: 'Easley' };
    expect((await add(body)).status).toBe(201);
    const bea1 = await add({ ...body, givenName: 'Bea’s Annie' }, bea);
    expect(bea1.status).toBe(201);
    expect(bea1.json()).toMatchObject({ memberId: 'member-bea', givenName: 'Bea’s Annie' });
  });

  it('answers concurrent duplicates all alike, with one stream written', async () => {
    const body = { contactId: 'c-race', givenName: 'Christine', familyName: 'Darden' };
    const replies = await Promise.all(Array.from({ length: 6 }, () => add(body)));
    const answers = replies.map(answer);
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201));
    for (const other of answers) expect(other).toEqual(answers[0]);
    const events = service.db.collection<{ _id: string }>('events');
    const key = (version: number) =>
      `uni-a|${contactStreamId('member-ada', 'c-race')}|${String(version).padStart(12, '0')}`;
    expect(await events.findOne({ _id: key(1) })).toMatchObject({ type: 'ContactAdded' });
    expect(await events.findOne({ _id: key(2) })).toBeNull();
    const list = await service.as(ada).send('GET', '/members/member-ada/contacts?q=christine');
    expect(list.json<{ total: number }>().total).toBe(1);
  });
});
