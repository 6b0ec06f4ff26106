import { randomUUID } from 'node:crypto';
import type { Document } from 'mongodb';
import { EventStore } from '@rapport/eventstore';
import { isolateSuite } from '@rapport/testing';
import type { ContactEvent } from '../domain/contact.events';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';
import { ContactProjections, eventAt } from './contact-projections';
import { CONTACT_LIST } from './contact-list.projection';
import { REFERRAL_GRAPH } from './referral-graph.projection';

const ada = { id: 'member-ada', role: 'member' as const };

/** The read model's documents without the runtime's version guards, in id order. */
async function snapshot(projections: ContactProjections, name: string): Promise<Document[]> {
  const docs = await (
    await projections.store.active(name)
  )
    .find({}, { sort: { _id: 1 } })
    .toArray();
  return docs.map(({ _applied, ...doc }) => (void _applied, doc));
}

describe('contact read models', () => {
  const suite = isolateSuite('contacts-projections');
  let service: ContactsTestApp;
  let projections: ContactProjections;

  beforeAll(async () => {
    service = await startContactsApp(suite);
    projections = new ContactProjections(service.db);
    const a = await addContact(service, ada, {
      givenName: 'Ada',
      familyName: 'Byron',
      tags: ['poet'],
      source: 'relative',
    });
    const b = await addContact(service, ada, {
      givenName: 'Charles',
      familyName: 'Babbage',
      referredBy: { contactId: a.contactId },
    });
    const c = await addContact(service, ada, { givenName: 'Mary', familyName: 'Somerville' });
    const base = '/members/member-ada/contacts';
    await service.as(ada).send('PUT', `${base}/${a.contactId}/tags/industry/Mathematics`);
    await service.as(ada).send('DELETE', `${base}/${a.contactId}/tags/free/poet`);
    await service
      .as(ada)
      .send('POST', `${base}/${b.contactId}/notes`, { json: { text: 'Difference engine' } });
    await service.as(ada).send('PATCH', `${base}/${b.contactId}`, {
      json: { role: 'Inventor' },
      headers: { 'if-match': '"3"' },
    });
    await service.as(ada).send('POST', `${base}/${c.contactId}/archive`);
    await addContact(service, ada, {
      givenName: 'Gone',
      familyName: 'Soon',
      email: 'gone@x.example',
    }).then(({ contactId }) => service.as(ada).send('DELETE', `${base}/${contactId}`));
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('applying every event again changes nothing', async () => {
    const before = await snapshot(projections, CONTACT_LIST);
    const graphBefore = await snapshot(projections, REFERRAL_GRAPH);
    const all = [];
    for await (const recorded of new EventStore(service.db).readAll<ContactEvent>())
      all.push(eventAt(recorded));
    await projections.apply(all);
    await projections.applyToNewStreams(all.filter((e) => e.version === 1));
    expect(await snapshot(projections, CONTACT_LIST)).toEqual(before);
    expect(await snapshot(projections, REFERRAL_GRAPH)).toEqual(graphBefore);
  });

  it('rebuilds both read models from the event store into the same documents, and the API reads the new ones', async () => {
    const before = await snapshot(projections, CONTACT_LIST);
    const graphBefore = await snapshot(projections, REFERRAL_GRAPH);
    expect(before.flatMap((bucket) => Object.keys(bucket.rows as object))).toHaveLength(4);
    const applied = await projections.rebuild(new EventStore(service.db));
    expect(applied[CONTACT_LIST]).toBeGreaterThanOrEqual(10);
    expect((await projections.store.active(CONTACT_LIST)).collectionName).not.toBe(CONTACT_LIST);
    expect(await snapshot(projections, CONTACT_LIST)).toEqual(before);
    expect(await snapshot(projections, REFERRAL_GRAPH)).toEqual(graphBefore);
    const listed = await service.as(ada).send('GET', '/members/member-ada/contacts?archived=any');
    expect(listed.json<{ total: number }>().total).toBe(3);
    // Writes after the swap land in the rebuilt collection.
    await addContact(service, ada, {
      givenName: 'New',
      familyName: 'After',
      email: `${randomUUID()}@x.example`,
    });
    const after = await service.as(ada).send('GET', '/members/member-ada/contacts?q=after');
    expect(after.json<{ total: number }>().total).toBe(1);
  });
});
