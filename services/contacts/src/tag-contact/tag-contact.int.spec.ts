import { isolateSuite } from '@rapport/testing';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

const ada = { id: 'member-ada', role: 'member' as const };

describe('tag and untag a contact', () => {
  const suite = isolateSuite('contacts-tags');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('tags once however often asked, filters by tag, and untags', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Rosalind',
      familyName: 'Franklin',
    });
    const base = `/members/member-ada/contacts/${contactId}/tags`;
    expect((await service.as(ada).send('PUT', `${base}/free/Biology%20lead`)).json()).toMatchObject(
      { version: 2 },
    );
    expect((await service.as(ada).send('PUT', `${base}/free/biology%20LEAD`)).json()).toMatchObject(
      { version: 2 },
    );
    await service.as(ada).send('PUT', `${base}/industry/Research`);

    const byTag = await service
      .as(ada)
      .send('GET', '/members/member-ada/contacts?tag=biology%20lead');
    expect(byTag.json<{ total: number }>().total).toBe(1);
    const byIndustryTag = await service
      .as(ada)
      .send('GET', '/members/member-ada/contacts?tag=industry:research');
    expect(byIndustryTag.json<{ total: number }>().total).toBe(1);

    const untagged = await service.as(ada).send('DELETE', `${base}/free/BIOLOGY%20lead`);
    expect(untagged.json<{ tags: unknown[] }>().tags).toEqual([
      { kind: 'industry', value: 'Research' },
    ]);
    const after = await service
      .as(ada)
      .send('GET', '/members/member-ada/contacts?tag=biology%20lead');
    expect(after.json<{ total: number }>().total).toBe(0);
  });

  it('rejects an unknown tag kind', async () => {
    const { contactId } = await addContact(service, ada, {
      givenName: 'Maurice',
      familyName: 'Wilkins',
    });
    const bad = await service
      .as(ada)
      .send('PUT', `/members/member-ada/contacts/${contactId}/tags/mood/happy`);
    expect(bad.status).toBe(400);
    expect(bad.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe('#/params/kind');
  });
});
