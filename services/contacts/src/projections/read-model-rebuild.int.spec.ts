import type { Document } from 'mongodb';
import type { RebuildView } from '@rapport/service-skeleton';
import { isolateSuite, pollUntil } from '@rapport/testing';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';
import { ContactProjections } from './contact-projections';
import { CONTACT_LIST } from './contact-list.projection';
import { REFERRAL_GRAPH } from './referral-graph.projection';

const ada = { id: 'member-ada', role: 'member' as const };
const olga = { id: 'olga', role: 'operator' as const };

/** The read model's documents without the runtime's version guards, in id order. */
async function snapshot(projections: ContactProjections, name: string): Promise<Document[]> {
  const docs = await (
    await projections.store.active(name)
  )
    .find({}, { sort: { _id: 1 } })
    .toArray();
  return docs.map(({ _applied, ...doc }) => (void _applied, doc));
}

/** The skeleton's rebuild endpoint on the contacts service, against the real FerretDB. */
describe('an operator rebuilds a read model through the service', () => {
  const suite = isolateSuite('contacts-rebuild-ops');
  let service: ContactsTestApp;
  let projections: ContactProjections;

  beforeAll(async () => {
    service = await startContactsApp(suite);
    projections = new ContactProjections(service.db);
    const first = await addContact(service, ada, { givenName: 'Ada', familyName: 'Byron' });
    await addContact(service, ada, {
      givenName: 'Charles',
      familyName: 'Babbage',
      referredBy: { contactId: first.contactId },
    });
    await addContact(service, ada, { givenName: 'Mary', familyName: 'Somerville' });
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('lists the read models, rebuilds one with progress, and serves the same documents', async () => {
    const listed = await service.as(olga).send('GET', '/ops/read-models');
    expect(listed.status).toBe(200);
    expect(listed.json<{ readModels: { name: string }[] }>().readModels).toEqual(
      expect.arrayContaining([{ name: CONTACT_LIST }, { name: REFERRAL_GRAPH }]),
    );

    const before = await snapshot(projections, CONTACT_LIST);
    const started = await service
      .as(olga)
      .send('POST', `/ops/read-models/${CONTACT_LIST}/rebuilds`);
    expect(started.status).toBe(202);
    const { rebuildId, started: isNew } = started.json<RebuildView & { started: boolean }>();
    expect(isNew).toBe(true);
    expect(started.headers.location).toBe(`/ops/read-models/${CONTACT_LIST}/rebuilds/${rebuildId}`);

    const progress = `/ops/read-models/${CONTACT_LIST}/rebuilds/${rebuildId}`;
    const done = await pollUntil('the rebuild to finish', async () => {
      const view = (await service.as(olga).send('GET', progress)).json<RebuildView>();
      return view.state === 'running' ? undefined : view;
    });
    expect(done).toMatchObject({ state: 'succeeded', readModel: CONTACT_LIST, error: null });
    // Three contacts of one member: read once to copy, once more to catch up.
    expect(done.eventsTotal).toBeGreaterThanOrEqual(3);
    expect(done.eventsRead).toBe(2 * done.eventsTotal);
    expect(done.documentsWritten).toBeGreaterThan(0);
    expect(Date.parse(done.finishedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(done.startedAt));

    expect((await projections.store.active(CONTACT_LIST)).collectionName).not.toBe(CONTACT_LIST);
    expect(await snapshot(projections, CONTACT_LIST)).toEqual(before);
    const list = await service.as(ada).send('GET', '/members/member-ada/contacts');
    expect(list.json<{ total: number }>().total).toBe(3);
  });

  it('answers a second start with the rebuild already running', async () => {
    const path = `/ops/read-models/${REFERRAL_GRAPH}/rebuilds`;
    const [one, two] = await Promise.all([
      service.as(olga).send('POST', path),
      service.as(olga).send('POST', path),
    ]);
    const first = one.json<RebuildView & { started: boolean }>();
    const second = two.json<RebuildView & { started: boolean }>();
    expect([one.status, two.status]).toEqual([202, 202]);
    // Both calls name one rebuild, unless one had already finished when the other came: which
    // one reached the service first is not known (they are sent together), so one of the two
    // must have ended, and two running at once would be the fault this guards against.
    if (second.rebuildId !== first.rebuildId) {
      const states = await Promise.all(
        [first, second].map(
          async ({ rebuildId }) =>
            (await service.as(olga).send('GET', `${path}/${rebuildId}`)).json<RebuildView>().state,
        ),
      );
      expect(states.filter((state) => state === 'running').length).toBeLessThan(2);
    } else {
      expect([first.started, second.started].sort()).toEqual([false, true]);
    }
  });

  it('is for operators only, and names what it does not know', async () => {
    const path = `/ops/read-models/${CONTACT_LIST}/rebuilds`;
    for (const role of ['member', 'coach', 'admin', 'partner', 'system'] as const) {
      const caller = { id: `someone-${role}`, role };
      expect((await service.as(caller).send('GET', '/ops/read-models')).status).toBe(403);
      expect((await service.as(caller).send('POST', path)).status).toBe(403);
    }
    const unknown = await service.as(olga).send('POST', '/ops/read-models/no_such_model/rebuilds');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect((await service.as(olga).send('GET', `${path}/not-a-rebuild`)).status).toBe(404);
  });
});
