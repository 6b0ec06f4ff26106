import { isolateSuite } from '@rapport/testing';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };

interface Page {
  items: { contactId: string; familyName: string }[];
  total: number;
  nextCursor: string | null;
}

describe('list and search contacts', () => {
  const suite = isolateSuite('contacts-list');
  let service: ContactsTestApp;
  const list = async (query = '') =>
    (await service.as(ada).send('GET', `/members/member-ada/contacts${query}`)).json<Page>();

  beforeAll(async () => {
    service = await startContactsApp(suite);
    const people = [
      {
        givenName: 'José',
        familyName: 'Álvarez',
        organisation: 'Banco Sur',
        role: 'Analyst',
        industry: 'Finance',
        source: 'alumnus',
      },
      {
        givenName: 'Ann',
        familyName: 'Baker',
        organisation: 'Banco Sur',
        role: 'Engineer',
        industry: 'Finance',
        source: 'linkedin',
      },
      {
        givenName: 'Bo',
        familyName: 'Baker',
        organisation: 'Green Energy',
        role: 'Data scientist',
        industry: 'Energy',
        source: 'event',
      },
      {
        givenName: 'Cy',
        familyName: 'Chen',
        organisation: 'Green Energy',
        role: 'Analyst',
        industry: 'Energy',
        source: 'classmate',
      },
      {
        givenName: 'Di',
        familyName: 'Dunn',
        role: 'Teacher',
        source: 'relative',
        tags: ['family'],
      },
    ];
    for (const person of people) await addContact(service, ada, person);
    const { contactId } = await addContact(service, ada, { givenName: 'Ed', familyName: 'Eve' });
    await service.as(ada).send('POST', `/members/member-ada/contacts/${contactId}/archive`);
    await addContact(
      service,
      { id: 'member-bea', role: 'member' },
      { givenName: 'Ann', familyName: 'Other' },
    );
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('lists the member’s active contacts by family name with a total', async () => {
    const page = await list();
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.familyName)).toEqual([
      'Álvarez',
      'Baker',
      'Baker',
      'Chen',
      'Dunn',
    ]);
    expect((await list('?archived=true')).items.map((i) => i.familyName)).toEqual(['Eve']);
    expect((await list('?archived=any')).total).toBe(6);
  });

  it('searches names, organisations and roles, ignoring case and accents', async () => {
    expect((await list('?q=jose%20alvarez')).items.map((i) => i.familyName)).toEqual(['Álvarez']);
    expect((await list('?q=ANALYST')).total).toBe(2);
    expect((await list('?q=green%20data')).items.map((i) => i.familyName)).toEqual(['Baker']);
    expect((await list('?q=a.*')).total).toBe(0);
  });

  it('filters by warmth, source, tag, organisation and industry, combined', async () => {
    expect((await list('?warmth=cold')).total).toBe(2);
    expect((await list('?source=classmate')).items.map((i) => i.familyName)).toEqual(['Chen']);
    expect((await list('?tag=family')).items.map((i) => i.familyName)).toEqual(['Dunn']);
    expect((await list('?organisation=banco%20sur')).total).toBe(2);
    expect((await list('?industry=energy&warmth=warm')).items.map((i) => i.familyName)).toEqual([
      'Chen',
    ]);
  });

  it('pages with a cursor, in a stable order, without skipping or repeating', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.total).toBe(5);
      seen.push(...page.items.map((i) => i.contactId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toEqual((await list()).items.map((i) => i.contactId));
  });

  it('rejects a forged cursor and an out-of-range limit', async () => {
    const bad = await service
      .as(ada)
      .send('GET', '/members/member-ada/contacts?cursor=bm9wZQ&limit=500');
    expect(bad.status).toBe(400);
    expect(
      bad
        .json<{ errors: { pointer: string }[] }>()
        .errors.map((e) => e.pointer)
        .sort(),
    ).toEqual(['#/query/cursor', '#/query/limit']);
  });

  it('counts per member', async () => {
    const counters = await service.as(ada).send('GET', '/members/member-ada/contact-counters');
    expect(counters.json()).toEqual({
      total: 6,
      active: 5,
      archived: 1,
      erased: 0,
      warm: 3,
      cold: 2,
      unclassified: 1,
      referred: 0,
      bySource: { alumnus: 1, linkedin: 1, event: 1, classmate: 1, relative: 1 },
    });
  });
});
