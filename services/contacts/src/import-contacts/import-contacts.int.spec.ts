import { isolateSuite } from '@rapport/testing';
import type { Db } from 'mongodb';
import {
  addContact,
  type Caller,
  type ContactsTestApp,
  type Reply,
  startContactsApp,
} from '../testing/contacts-test-app';
import { rowContactId } from './contact-imports';

type RowView =
  | { row: number; outcome: 'new'; name: string; contactId: string | null }
  | {
      row: number;
      outcome: 'duplicate';
      duplicateOf: { contactId: string } | { row: number };
      name: string;
    }
  | { row: number; outcome: 'invalid'; errors: { pointer: string; detail: string }[] };

interface ImportView {
  importId: string;
  memberId: string;
  status: 'previewed' | 'committing' | 'committed';
  summary: { rows: number; new: number; duplicate: number; invalid: number };
  rows: RowView[];
  result: { added: number; duplicateSinceDryRun: number } | null;
}

interface ListedContact {
  contactId: string;
  givenName: string;
  familyName: string;
  source: string | null;
  warmth: string | null;
}

const member = (id: string): Caller => ({ id, role: 'member' });

/** Everything an import may write: counted before and after to prove that nothing was. */
const STORED = [
  'events',
  'events_outbox',
  'contact_imports',
  'contact_list',
  'contact_keys',
  'referral_graph',
] as const;

async function storedCounts(db: Db): Promise<Record<string, number>> {
  const counts = await Promise.all(STORED.map((name) => db.collection(name).countDocuments()));
  return Object.fromEntries(STORED.map((name, i) => [name, counts[i] ?? 0]));
}

/**
 * Shaped like LinkedIn's Connections.csv: a "Notes:" line, a quoted paragraph with commas and a
 * URL, a blank line, then the header on line 4. Wording is ours.
 */
function connectionsCsv(...rows: string[]): string {
  return [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed it, see https://www.linkedin.com/help for details."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...rows,
  ].join('\r\n');
}

const ADA =
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@engines.example,Analytical Engines Ltd,Programmer,14 Mar 2023';
const GRACE =
  'Grace,Hopper,https://www.linkedin.com/in/gracehopper,,"US Navy, Reserve","Rear Admiral,\r\nComputing",02 Jan 2021';
const ZOE =
  'Zoë,Ørsted,https://www.linkedin.com/in/zoe-orsted,zoe@dtu.example,DTU,Researcher,03/14/2019';

describe('import contacts: dry run, then commit', () => {
  const suite = isolateSuite('contacts-import');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const dryRun = (caller: Caller, memberId: string, file: string, query = 'format=linkedin') =>
    service.as(caller).send('POST', `/members/${memberId}/contact-imports?${query}`, {
      body: file,
      contentType: 'text/csv',
    });
  const commit = (caller: Caller, memberId: string, importId: string) =>
    service.as(caller).send('POST', `/members/${memberId}/contact-imports/${importId}/commit`);
  const getImport = (caller: Caller, memberId: string, importId: string) =>
    service.as(caller).send('GET', `/members/${memberId}/contact-imports/${importId}`);
  const list = async (caller: Caller, query = '') => {
    const reply = await service.as(caller).send('GET', `/members/${caller.id}/contacts?${query}`);
    expect(reply.status).toBe(200);
    return reply.json<{ items: ListedContact[]; total: number }>();
  };
  const previewed = (reply: Reply): ImportView => {
    expect(reply.status).toBe(201);
    return reply.json<ImportView>();
  };

  it('previews LinkedIn Connections.csv row by row, commits the new rows and lists them', async () => {
    const ada = member('member-ada');
    const katherine = await addContact(service, ada, {
      givenName: 'Katherine',
      familyName: 'Johnson',
      email: 'katherine@nasa.example',
    });
    const file = connectionsCsv(
      ADA,
      GRACE, // its quoted Position spans lines 6 and 7
      ZOE,
      'Alan,Turing,https://www.linkedin.com/in/alan-turing,alan(at)bletchley,,,',
      'ADA,Lovelace,https://LinkedIn.com/in/Ada-Lovelace/,,,,',
      'Kathy,Johnson,https://www.linkedin.com/in/kjohnson,KATHERINE@nasa.example,NASA,,',
    );
    const before = await storedCounts(service.db);

    const dry = await dryRun(ada, 'member-ada', file);
    const view = previewed(dry);
    expect(dry.headers.location).toBe(`/members/member-ada/contact-imports/${view.importId}`);
    expect(view).toMatchObject({ memberId: 'member-ada', status: 'previewed', result: null });
    expect(view.summary).toEqual({ rows: 6, new: 3, duplicate: 2, invalid: 1 });
    expect(view.rows).toEqual([
      { row: 5, outcome: 'new', name: 'Ada Lovelace', contactId: null },
      { row: 6, outcome: 'new', name: 'Grace Hopper', contactId: null },
      { row: 8, outcome: 'new', name: 'Zoë Ørsted', contactId: null },
      {
        row: 9,
        outcome: 'invalid',
        errors: [{ pointer: '/email', detail: 'must be an email address' }],
      },
      { row: 10, outcome: 'duplicate', duplicateOf: { row: 5 }, name: 'ADA Lovelace' },
      {
        row: 11,
        outcome: 'duplicate',
        duplicateOf: { contactId: katherine.contactId },
        name: 'Kathy Johnson',
      },
    ]);
    // The dry run stores its plan and nothing else.
    expect(await storedCounts(service.db)).toEqual({
      ...before,
      contact_imports: before['contact_imports']! + 1,
    });
    expect((await getImport(ada, 'member-ada', view.importId)).json()).toEqual(dry.json());

    const committed = await commit(ada, 'member-ada', view.importId);
    expect(committed.status).toBe(200);
    const result = committed.json<ImportView>();
    expect(result).toMatchObject({
      status: 'committed',
      summary: view.summary,
      result: { added: 3, duplicateSinceDryRun: 0 },
    });
    const added = result.rows.flatMap((r) => (r.outcome === 'new' ? [r] : []));
    // Ids derive from the import and the row, so a commit run again cannot create a contact twice.
    expect(added.map((r) => [r.row, r.contactId])).toEqual(
      [5, 6, 8].map((row) => [row, rowContactId(view.importId, row)]),
    );
    expect(result.rows.filter((r) => r.outcome !== 'new')).toEqual(
      view.rows.filter((r) => r.outcome !== 'new'),
    );

    const fromLinkedIn = await list(ada, 'source=linkedin');
    expect(fromLinkedIn.total).toBe(3);
    // Ordered by family name.
    expect(
      fromLinkedIn.items.map(({ contactId, givenName, familyName, source, warmth }) => ({
        contactId,
        name: `${givenName} ${familyName}`,
        source,
        warmth,
      })),
    ).toEqual(
      [1, 0, 2].map((i) => ({
        contactId: added[i]!.contactId,
        name: added[i]!.name,
        source: 'linkedin',
        warmth: 'cold',
      })),
    );
    expect((await list(ada)).total).toBe(4);

    const grace = await service
      .as(ada)
      .send('GET', `/members/member-ada/contacts/${added[1]!.contactId}`);
    expect(grace.json()).toMatchObject({
      givenName: 'Grace',
      familyName: 'Hopper',
      organisation: 'US Navy, Reserve',
      // The wrapped cell arrives as one line: names and roles never hold line breaks.
      role: 'Rear Admiral, Computing',
      linkedinUrl: 'https://www.linkedin.com/in/gracehopper',
      howWeMet: 'Connected on LinkedIn on 2021-01-02',
      source: 'linkedin',
      version: 1,
    });
    expect(grace.json()).not.toHaveProperty('email');
  });

  it('adds nothing when the same file is imported a second time', async () => {
    const bea = member('member-bea');
    const file = connectionsCsv(ADA, GRACE, ZOE);
    const first = previewed(await dryRun(bea, 'member-bea', file));
    const firstCommit = (await commit(bea, 'member-bea', first.importId)).json<ImportView>();
    expect(firstCommit.result).toEqual({ added: 3, duplicateSinceDryRun: 0 });
    const idOfRow = new Map(firstCommit.rows.map((r) => [r.row, 'contactId' in r && r.contactId]));
    const afterFirst = await storedCounts(service.db);

    const second = previewed(await dryRun(bea, 'member-bea', file));
    expect(second.importId).not.toBe(first.importId);
    expect(second.summary).toEqual({ rows: 3, new: 0, duplicate: 3, invalid: 0 });
    expect(second.rows).toEqual([
      {
        row: 5,
        outcome: 'duplicate',
        duplicateOf: { contactId: idOfRow.get(5) },
        name: 'Ada Lovelace',
      },
      {
        row: 6,
        outcome: 'duplicate',
        duplicateOf: { contactId: idOfRow.get(6) },
        name: 'Grace Hopper',
      },
      {
        row: 8,
        outcome: 'duplicate',
        duplicateOf: { contactId: idOfRow.get(8) },
        name: 'Zoë Ørsted',
      },
    ]);
    const secondCommit = await commit(bea, 'member-bea', second.importId);
    expect(secondCommit.status).toBe(200);
    expect(secondCommit.json<ImportView>().result).toEqual({ added: 0, duplicateSinceDryRun: 0 });
    expect(await storedCounts(service.db)).toEqual({
      ...afterFirst,
      contact_imports: afterFirst['contact_imports']! + 1,
    });
    expect((await list(bea)).total).toBe(3);
  });

  it('answers a second commit with the same result and adds the contacts once', async () => {
    const cleo = member('member-cleo');
    const dry = previewed(await dryRun(cleo, 'member-cleo', connectionsCsv(ADA, ZOE)));
    const first = await commit(cleo, 'member-cleo', dry.importId);
    const afterFirst = await storedCounts(service.db);
    const again = await commit(cleo, 'member-cleo', dry.importId);

    expect(again.status).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(again.json<ImportView>().result).toEqual({ added: 2, duplicateSinceDryRun: 0 });
    expect(await storedCounts(service.db)).toEqual(afterFirst);
    expect((await list(cleo)).total).toBe(2);
    expect((await getImport(cleo, 'member-cleo', dry.importId)).json()).toEqual(first.json());
  });

  it('commits a plan whose rows were stored as nested documents, as before JSON chunks', async () => {
    const gus = member('member-gus');
    const dry = previewed(await dryRun(gus, 'member-gus', connectionsCsv(ADA, ZOE)));
    const chunks = service.db.collection<{ _id: string; rowsJson?: string; rows?: unknown }>(
      'contact_import_rows',
    );
    const stored = await chunks.findOne({ _id: `${dry.importId}:0` });
    expect(typeof stored?.rowsJson).toBe('string');
    // The shape chunks had until the rows became one JSON string per chunk.
    const rows = JSON.parse(stored?.rowsJson ?? '[]') as unknown;
    await chunks.updateOne(
      { _id: `${dry.importId}:0` },
      { $set: { rows }, $unset: { rowsJson: '' } },
    );

    const committed = (await commit(gus, 'member-gus', dry.importId)).json<ImportView>();
    expect(committed.result).toEqual({ added: 2, duplicateSinceDryRun: 0 });
    expect(committed.rows.map((r) => r.outcome === 'new' && r.name)).toEqual([
      'Ada Lovelace',
      'Zoë Ørsted',
    ]);
    expect((await list(gus)).total).toBe(2);
  });

  it('skips a row that a contact added between dry run and commit already covers', async () => {
    const dora = member('member-dora');
    const dry = previewed(await dryRun(dora, 'member-dora', connectionsCsv(ADA, ZOE)));
    expect(dry.summary.new).toBe(2);
    const byHand = await addContact(service, dora, {
      givenName: 'Zoe',
      familyName: 'Orsted',
      email: 'ZOE@dtu.example',
    });

    const committed = (await commit(dora, 'member-dora', dry.importId)).json<ImportView>();
    expect(committed.result).toEqual({ added: 1, duplicateSinceDryRun: 1 });
    expect(committed.rows).toEqual([
      { row: 5, outcome: 'new', name: 'Ada Lovelace', contactId: rowContactId(dry.importId, 5) },
      // New at the dry run; by the commit it matched the contact added by hand.
      {
        row: 6,
        outcome: 'duplicate',
        duplicateOf: { contactId: byHand.contactId },
        name: 'Zoë Ørsted',
      },
    ]);
    const listed = await list(dora);
    expect(listed.items.map((c) => `${c.givenName} ${c.familyName}`)).toEqual([
      'Ada Lovelace',
      'Zoe Orsted',
    ]);
    expect(listed.items[1]?.contactId).toBe(byHand.contactId);
  });

  describe('who may import', () => {
    const eve = member('member-eve');
    const coach: Caller = { id: 'coach-ann', role: 'coach', assignedMemberIds: ['member-eve'] };
    const stranger = member('member-fay');
    const otherTenant: Caller = { id: 'member-eve', role: 'member', tenantId: 'uni-b' };
    const file = connectionsCsv(ADA, GRACE);

    it('refuses a coach of the member the dry run and the commit, but shows them the import', async () => {
      const before = await storedCounts(service.db);
      const refused = await dryRun(coach, 'member-eve', file);
      expect(refused.status).toBe(403);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json()).toMatchObject({
        status: 403,
        detail: 'coaches can read their members’ contacts but not change them',
      });
      expect(await storedCounts(service.db)).toEqual(before);

      const dry = previewed(await dryRun(eve, 'member-eve', file));
      const shown = await getImport(coach, 'member-eve', dry.importId);
      expect(shown.status).toBe(200);
      expect(shown.json<ImportView>().summary).toEqual({
        rows: 2,
        new: 2,
        duplicate: 0,
        invalid: 0,
      });
      const afterDryRun = await storedCounts(service.db);
      expect((await commit(coach, 'member-eve', dry.importId)).status).toBe(403);
      expect(await storedCounts(service.db)).toEqual(afterDryRun);
      expect((await getImport(eve, 'member-eve', dry.importId)).json()).toMatchObject({
        status: 'previewed',
        result: null,
      });
    });

    it('refuses another member of the same tenant, and another tenant finds nothing', async () => {
      const dry = previewed(await dryRun(eve, 'member-eve', file));
      const before = await storedCounts(service.db);

      for (const reply of [
        await getImport(stranger, 'member-eve', dry.importId),
        await commit(stranger, 'member-eve', dry.importId),
        await dryRun(stranger, 'member-eve', file),
      ]) {
        expect(reply.status).toBe(403);
        expect(reply.body).not.toMatch(/Lovelace|Hopper/);
      }
      // The same member id in another tenant is another person: the import does not exist there.
      for (const reply of [
        await getImport(otherTenant, 'member-eve', dry.importId),
        await commit(otherTenant, 'member-eve', dry.importId),
      ]) {
        expect(reply.status).toBe(404);
        expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(reply.json()).toMatchObject({ status: 404, detail: `no import ${dry.importId}` });
        expect(reply.body).not.toMatch(/Lovelace|Hopper/);
      }
      expect(await storedCounts(service.db)).toEqual(before);
      expect((await list(otherTenant)).total).toBe(0);

      const committed = await commit(eve, 'member-eve', dry.importId);
      expect(committed.json<ImportView>().result).toEqual({ added: 2, duplicateSinceDryRun: 0 });
    });
  });
});
