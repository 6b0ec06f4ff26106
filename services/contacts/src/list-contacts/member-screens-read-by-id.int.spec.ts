import { type CommandStartedEvent, type Db, type Document, MongoClient } from 'mongodb';
import { ProjectionStore } from '@rapport/messaging';
import type { RequestContext } from '@rapport/platform/http';
import { isolateSuite, testServers } from '@rapport/testing';
import { ContactCountersHandler } from '../contact-counters/contact-counters.handler';
import { ContactCountersQuery } from '../contact-counters/contact-counters.query';
import { ExportContactsHandler } from '../export-contacts/export-contacts.handler';
import { ExportContactsQuery } from '../export-contacts/export-contacts.query';
import { exportContactsRequest } from '../export-contacts/export-contacts.request';
import { ReferralGraphHandler } from '../referral-graph/referral-graph.handler';
import { ReferralGraphQuery } from '../referral-graph/referral-graph.query';
import { ContactListReader } from '../shared/contact-list.reader';
import { ReferralChains } from '../shared/referral-chains';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';
import { ListContactsHandler } from './list-contacts.handler';
import { ListContactsQuery } from './list-contacts.query';
import { listContactsRequest } from './list-contacts.request';

const ada = { id: 'member-ada', role: 'member' as const };
const bea = { id: 'member-bea', role: 'member' as const };
const adaCtx: RequestContext = {
  tenantId: 'uni-a',
  actor: ada,
  scopes: [],
  assignedMemberIds: [],
  correlationId: 'screens-by-id',
};

/**
 * The embedded database serves only a filter made of `_id` alone, with a string, from an index;
 * anything else reads every tenant's rows. This watches the commands a member's screens send.
 */
describe('a member’s contact screens read by `_id` only', () => {
  const suite = isolateSuite('contacts-screens-by-id');
  let service: ContactsTestApp;
  let client: MongoClient;
  let store: ProjectionStore;
  let db: Db;
  const commands: CommandStartedEvent[] = [];

  beforeAll(async () => {
    service = await startContactsApp(suite);
    const a = await addContact(service, ada, { givenName: 'Ada', familyName: 'Byron' });
    await addContact(service, ada, {
      givenName: 'Charles',
      familyName: 'Babbage',
      organisation: 'Analytical',
      referredBy: { contactId: a.contactId },
    });
    await addContact(service, ada, { givenName: 'Mary', familyName: 'Somerville' });
    await addContact(service, bea, { givenName: 'Not', familyName: 'Adas' });
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => commands.push(event));
    db = client.db(suite.dbName);
    store = new ProjectionStore(db);
  });
  afterAll(async () => {
    await client.close();
    await service.close();
    await suite.cleanup();
  });
  beforeEach(() => {
    commands.length = 0;
  });

  /**
   * Every command was a `find` whose filter is `{_id: <string>}` and nothing else, or an `update`
   * (the list snapshot a screen stores) whose every statement is filtered that way, listed as
   * `<command> <collection> <filters>` so a failure names the offending command; and the read
   * model's ids read or written were all this member's (they start with tenant and member), but
   * for the snapshots' one generation document.
   */
  function expectOnlyIdLookups(): void {
    const filtersOf = (c: CommandStartedEvent): Document[] =>
      c.commandName === 'update'
        ? (c.command['updates'] as { q: Document }[]).map((u) => u.q)
        : [c.command['filter'] as Document];
    const sent = commands.map(
      (c) => `${c.commandName} ${collectionOf(c)} ${JSON.stringify(filtersOf(c))}`,
    );
    expect(sent.length).toBeGreaterThan(1);
    expect(
      sent.filter((line) => !/^(find|update) \S+ \[(\{"_id":"[^"]*"\},?)+\]$/.test(line)),
    ).toEqual([]);
    const ids = commands
      .filter((c) => collectionOf(c) !== 'projection_meta')
      .flatMap((c) => filtersOf(c).map((filter) => String(filter['_id'])))
      .filter((id) => id !== 'generation');
    expect(ids.filter((id) => !id.startsWith('uni-a|member-ada|'))).toEqual([]);
  }

  it('lists, searches and pages', async () => {
    const handler = new ListContactsHandler(new ContactListReader(store, db));
    const page = await handler.execute(
      new ListContactsQuery(adaCtx, ada.id, listContactsRequest.parse({ q: 'a', limit: '2' })),
    );
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.familyName)).toEqual(['Babbage', 'Byron']);
    expectOnlyIdLookups();
  });

  it('counts and exports', async () => {
    const reader = new ContactListReader(store, db);
    const counters = await new ContactCountersHandler(reader).execute(
      new ContactCountersQuery(adaCtx, ada.id),
    );
    expect(counters).toMatchObject({ total: 3, referred: 1 });
    const exported = await new ExportContactsHandler(reader).execute(
      new ExportContactsQuery(adaCtx, ada.id, exportContactsRequest.parse({})),
    );
    expect(exported.body).toContain('Somerville');
    expect(exported.body).not.toContain('Adas');
    expectOnlyIdLookups();
  });

  it('draws the referral graph and a contact’s chain', async () => {
    const chains = new ReferralChains(store);
    const graph = await new ReferralGraphHandler(chains).execute(
      new ReferralGraphQuery(adaCtx, ada.id),
    );
    expect(graph.nodes).toHaveLength(3);
    expect(graph.edges).toHaveLength(1);
    const charles = graph.edges[0]!.to;
    const { chain } = await chains.around('uni-a', ada.id, charles);
    expect(chain.map((node) => node.label)).toEqual(['Ada Byron']);
    expectOnlyIdLookups();
  });
});

function collectionOf({ command, commandName }: CommandStartedEvent): string {
  return String(command[commandName]);
}
