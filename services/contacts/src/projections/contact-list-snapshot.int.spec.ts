import { type CommandStartedEvent, type Db, MongoClient } from 'mongodb';
import { EventStore } from '@rapport/eventstore';
import { ProjectionStore } from '@rapport/messaging';
import { isolateSuite, testServers } from '@rapport/testing';
import type { ContactEvent } from '../domain/contact.events';
import { ContactListReader } from '../shared/contact-list.reader';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';
import {
  CONTACT_LIST_HEADS,
  CONTACT_LIST_SNAPSHOTS,
  ContactListSnapshots,
} from './contact-list-snapshot';
import { CONTACT_LIST } from './contact-list.projection';
import { ContactProjections, eventAt } from './contact-projections';

const ada = { id: 'member-ada', role: 'member' as const };
const base = '/members/member-ada/contacts';
const head = 'uni-a|member-ada|head';
/** Whether a read went to the buckets: the list's collection, or the one a rebuild made. */
const readBuckets = (collections: string[]) =>
  collections.some((name) => name === CONTACT_LIST || name.startsWith(`${CONTACT_LIST}__`));

/**
 * The list snapshot is a copy of the member's bucket rows: served only while nothing changed
 * since it was read, and never a screen's answer once a change, a repeated apply or a rebuild
 * came after it.
 */
describe('a member’s list snapshot', () => {
  const suite = isolateSuite('contacts-list-snapshot');
  let service: ContactsTestApp;
  let client: MongoClient;
  let db: Db;
  let reader: ContactListReader;
  const commands: CommandStartedEvent[] = [];
  let byron = '';

  /** The collections this reader's (or another process's) commands went to, in order. */
  async function readWatched(
    by: ContactListReader = reader,
  ): Promise<{ families: string[]; collections: string[] }> {
    commands.length = 0;
    const rows = await by.rows('uni-a', ada.id);
    const families = rows.map((row) => `${row.familyName}:${row.status}`).sort();
    return { families, collections: commands.map((c) => String(c.command[c.commandName])) };
  }
  const token = async () =>
    (await db.collection<{ _id: string; token: string }>(CONTACT_LIST_HEADS).findOne({ _id: head }))
      ?.token;

  beforeAll(async () => {
    service = await startContactsApp(suite);
    byron = (await addContact(service, ada, { givenName: 'Ada', familyName: 'Byron' })).contactId;
    await addContact(service, ada, { givenName: 'Mary', familyName: 'Somerville' });
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => commands.push(event));
    db = client.db(suite.dbName);
    reader = new ContactListReader(new ProjectionStore(db), db);
  });
  afterAll(async () => {
    await client.close();
    await service.close();
    await suite.cleanup();
  });

  /** A reader of another process: nothing kept in memory yet. */
  const anotherProcess = () => new ContactListReader(new ProjectionStore(db), db);

  it('serves the next read from the snapshot alone, with dates as dates', async () => {
    const first = await readWatched();
    expect(readBuckets(first.collections)).toBe(true);
    const elsewhere = anotherProcess();
    const second = await readWatched(elsewhere);
    expect(second.families).toEqual(first.families);
    expect(second.collections.sort()).toEqual(
      [CONTACT_LIST_HEADS, CONTACT_LIST_HEADS, CONTACT_LIST_SNAPSHOTS].sort(),
    );
    const rows = await elsewhere.rows('uni-a', ada.id);
    expect(rows.every((row) => row.addedAt instanceof Date && row.updatedAt instanceof Date)).toBe(
      true,
    );
  });

  it('serves a list it read before from memory while the heads are unchanged', async () => {
    const first = await readWatched();
    const again = await readWatched();
    expect(again.families).toEqual(first.families);
    expect(again.collections).toEqual([CONTACT_LIST_HEADS, CONTACT_LIST_HEADS]);
    // Shared between requests, so frozen: a caller changing a row would change the next answer.
    const rows = await reader.rows('uni-a', ada.id);
    expect(Object.isFrozen(rows) && rows.every((row) => Object.isFrozen(row))).toBe(true);
  });

  it('shows a change made after the snapshot was stored', async () => {
    await readWatched();
    await service.as(ada).send('POST', `${base}/${byron}/archive`);
    const after = await readWatched();
    expect(after.families).toEqual(['Byron:archived', 'Somerville:active']);
    expect(readBuckets(after.collections)).toBe(true);
  });

  it('marks the list again when events are applied again (a relay after a crashed writer)', async () => {
    const before = await token();
    const events = [];
    for await (const recorded of new EventStore(db).readAll<ContactEvent>())
      events.push(eventAt(recorded));
    await new ContactProjections(db).apply(events);
    expect(await token()).not.toBe(before);
  });

  it('reads the buckets again after a rebuild', async () => {
    await readWatched();
    await new ContactProjections(db).rebuild(new EventStore(db));
    const after = await readWatched();
    expect(after.collections).not.toContain(CONTACT_LIST);
    expect(after.collections.some((name) => name.startsWith(`${CONTACT_LIST}__`))).toBe(true);
    expect(after.families).toEqual(['Byron:archived', 'Somerville:active']);
  });

  it('refuses a snapshot whose chunks come from two writes', async () => {
    await readWatched();
    const snapshots = db.collection<{ _id: string; chunks: number; build: string }>(
      CONTACT_LIST_SNAPSHOTS,
    );
    const first = await snapshots.findOne({ _id: 'uni-a|member-ada|000' });
    expect(first?.chunks).toBe(1);
    await snapshots.updateOne({ _id: 'uni-a|member-ada|000' }, { $set: { chunks: 2 } });
    const { _id, ...rest } = first!;
    expect(_id).toBe('uni-a|member-ada|000');
    await snapshots.replaceOne(
      { _id: 'uni-a|member-ada|001' },
      { ...rest, build: 'another write' },
      { upsert: true },
    );
    const torn = await readWatched(anotherProcess());
    expect(readBuckets(torn.collections)).toBe(true);
    expect(torn.families).toEqual(['Byron:archived', 'Somerville:active']);
  });

  // Two imports committed at once both touched members whose heads did not exist yet; on FerretDB
  // one upsert lost the race with a duplicate key and its import answered 500 (seen in CI).
  it('lets writers in several processes mark the same new lists at once', async () => {
    const members = Array.from({ length: 8 }, (_, i) => ({
      tenantId: 'uni-a',
      memberId: `member-race-${i}`,
    }));
    const writers = Array.from({ length: 6 }, () => new ContactListSnapshots(db));
    await Promise.all(writers.map((writer) => writer.touch(members)));
    await Promise.all(writers.map((writer) => writer.newGeneration()));
    const heads = await Promise.all(
      members.map((m) =>
        db
          .collection<{ _id: string; token: string }>(CONTACT_LIST_HEADS)
          .findOne({ _id: `uni-a|${m.memberId}|head` }),
      ),
    );
    expect(heads.map((h) => typeof h?.token)).toEqual(members.map(() => 'string'));
  });
});
