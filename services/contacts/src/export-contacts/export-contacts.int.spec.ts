import { parse } from 'csv-parse/sync';
import { isolateSuite } from '@rapport/testing';
import {
  addContact,
  type Caller,
  type ContactsTestApp,
  startContactsApp,
} from '../testing/contacts-test-app';
import type { MappableField } from '../import-contacts/parsing';
import { CONTACT_CSV_COLUMNS } from './contacts-to-csv';

const ada: Caller = { id: 'member-ada', role: 'member' };
const exportPath = (query: string) => `/members/member-ada/contacts/export?${query}`;

type CsvRow = Record<string, string>;

function csvRows(body: string): CsvRow[] {
  return parse<CsvRow>(body, { bom: true, columns: true });
}

/** The content lines of each card, unfolded (RFC 6350 §3.2). */
function vCards(body: string): string[][] {
  const lines = body.replace(/\r\n[ \t]/g, '').split('\r\n');
  const cards: string[][] = [];
  for (const line of lines) {
    if (line === 'BEGIN:VCARD') cards.push([]);
    else if (line !== 'END:VCARD' && line !== '') cards.at(-1)?.push(line);
  }
  return cards;
}

/** Every field an import can read that our export writes; mapped from our own headers. */
const IMPORTABLE: readonly MappableField[] = [
  'givenName',
  'familyName',
  'email',
  'linkedinUrl',
  'phone',
  'organisation',
  'role',
  'industry',
  'howWeMet',
  'tags',
];
const OWN_HEADERS_MAPPING = Object.fromEntries(
  CONTACT_CSV_COLUMNS.filter(({ key }) => (IMPORTABLE as readonly string[]).includes(key)).map(
    ({ key, header }) => [key, header],
  ),
);

const ALAN_NOTE =
  'Met at the "Enigma" talk in Manchester, then lunch; he explained the bombe at length.\nFollowed up by email.';

describe('export contacts', () => {
  const suite = isolateSuite('contacts-export');
  let service: ContactsTestApp;
  const ids: Record<'grace' | 'alan' | 'zoe' | 'katherine', string> = {
    grace: '',
    alan: '',
    zoe: '',
    katherine: '',
  };

  beforeAll(async () => {
    service = await startContactsApp(suite);
    ids.grace = (
      await addContact(service, ada, {
        givenName: 'Grace',
        familyName: 'Hopper',
        email: 'grace@navy.example',
        phone: '+1 555 0100',
        organisation: 'US Navy',
        role: 'Rear Admiral',
        industry: 'Computing',
        source: 'professor',
        tags: ['mentor', { kind: 'industry', value: 'Defence' }],
      })
    ).contactId;
    ids.alan = (
      await addContact(service, ada, {
        givenName: 'Alan',
        familyName: 'Turing',
        linkedinUrl: 'https://www.linkedin.com/in/alan-turing',
        organisation: 'Bletchley Park',
        howWeMet: ALAN_NOTE,
      })
    ).contactId;
    ids.zoe = (
      await addContact(service, ada, {
        givenName: 'Zoë',
        familyName: 'Öztürk',
        email: 'zoe@itu.example',
        organisation: 'ITU',
        tags: ['mentor'],
        referredBy: { contactId: ids.grace },
      })
    ).contactId;
    ids.katherine = (
      await addContact(service, ada, {
        givenName: 'Katherine',
        familyName: 'Johnson',
        email: 'katherine@nasa.example',
        organisation: 'NASA',
      })
    ).contactId;
    const archived = await service
      .as(ada)
      .send('POST', `/members/member-ada/contacts/${ids.katherine}/archive`, { json: {} });
    expect(archived.status).toBe(200);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('exports the active contacts as CSV for spreadsheets, ordered by family name', async () => {
    const reply = await service.as(ada).send('GET', exportPath('format=csv'));
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(reply.headers['content-disposition']).toBe('attachment; filename="contacts.csv"');
    expect(reply.body.startsWith('\uFEFFContact ID,Given Name,Family Name,Email,')).toBe(true);
    expect(reply.body.endsWith(',no\r\n')).toBe(true);

    const rows = csvRows(reply.body);
    expect(Object.keys(rows[0] ?? {})).toEqual(CONTACT_CSV_COLUMNS.map((c) => c.header));
    expect(rows).toEqual([
      {
        'Contact ID': ids.grace,
        'Given Name': 'Grace',
        'Family Name': 'Hopper',
        Email: 'grace@navy.example',
        'LinkedIn URL': '',
        // A leading + would run as a formula in a spreadsheet.
        Phone: "'+1 555 0100",
        Organisation: 'US Navy',
        Role: 'Rear Admiral',
        Industry: 'Computing',
        'How We Met': '',
        Tags: 'mentor',
        Warmth: 'warm',
        Source: 'professor',
        'Referred By': '',
        Archived: 'no',
      },
      expect.objectContaining({
        'Contact ID': ids.zoe,
        'Given Name': 'Zoë',
        'Family Name': 'Öztürk',
        Tags: 'mentor',
        Warmth: '',
        'Referred By': 'Grace Hopper',
      }),
      expect.objectContaining({
        'Contact ID': ids.alan,
        'LinkedIn URL': 'https://www.linkedin.com/in/alan-turing',
        'How We Met': ALAN_NOTE,
        Archived: 'no',
      }),
    ]);
  });

  it.each([
    { filter: 'archived=any', names: ['Hopper', 'Johnson', 'Öztürk', 'Turing'] },
    { filter: 'archived=true', names: ['Johnson'] },
    { filter: 'tag=mentor', names: ['Hopper', 'Öztürk'] },
    { filter: 'tag=industry:Defence', names: ['Hopper'] },
    { filter: 'organisation=us%20navy', names: ['Hopper'] },
    { filter: 'q=turing', names: ['Turing'] },
    { filter: 'source=professor', names: ['Hopper'] },
    { filter: 'q=nobody', names: [] },
  ])('applies the list filter $filter', async ({ filter, names }) => {
    const reply = await service.as(ada).send('GET', exportPath(`format=csv&${filter}`));
    expect(reply.status).toBe(200);
    const rows = csvRows(reply.body);
    expect(rows.map((row) => row['Family Name'])).toEqual(names);
    expect(rows.map((row) => row['Archived'])).toEqual(
      names.map((name) => (name === 'Johnson' ? 'yes' : 'no')),
    );
  });

  it('exports vCard 4.0 with CRLF lines folded at 75 octets', async () => {
    const reply = await service.as(ada).send('GET', exportPath('format=vcard&archived=any'));
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(reply.headers['content-disposition']).toBe('attachment; filename="contacts.vcf"');
    const physical = reply.body.split('\r\n');
    expect(physical.at(-1)).toBe('');
    expect(physical.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);

    const cards = vCards(reply.body);
    expect(cards.map((card) => card.find((line) => line.startsWith('FN:')))).toEqual([
      'FN:Grace Hopper',
      'FN:Katherine Johnson',
      'FN:Zoë Öztürk',
      'FN:Alan Turing',
    ]);
    expect(cards[0]).toEqual([
      'VERSION:4.0',
      'FN:Grace Hopper',
      'N:Hopper;Grace;;;',
      'EMAIL:grace@navy.example',
      'TEL:+1 555 0100',
      'ORG:US Navy',
      'TITLE:Rear Admiral',
      'CATEGORIES:mentor',
      `UID:urn:uuid:${ids.grace}`,
    ]);
    expect(cards[3]).toEqual([
      'VERSION:4.0',
      'FN:Alan Turing',
      'N:Turing;Alan;;;',
      'ORG:Bletchley Park',
      'URL:https://www.linkedin.com/in/alan-turing',
      'NOTE:Met at the "Enigma" talk in Manchester\\, then lunch\\; he explained the bombe at length.\\nFollowed up by email.',
      `UID:urn:uuid:${ids.alan}`,
    ]);
  });

  it('gives back a file that imports as nothing but duplicates of the same contacts', async () => {
    const csv = await service.as(ada).send('GET', exportPath('format=csv&archived=any'));
    const exported = csvRows(csv.body);
    const vcard = await service.as(ada).send('GET', exportPath('format=vcard&archived=any'));
    expect(Object.keys(OWN_HEADERS_MAPPING)).toHaveLength(IMPORTABLE.length);
    const mapping = encodeURIComponent(JSON.stringify(OWN_HEADERS_MAPPING));

    for (const [query, body, contentType] of [
      [`format=csv&mapping=${mapping}`, csv.body, 'text/csv'],
      ['format=vcard', vcard.body, 'text/vcard'],
    ] as const) {
      const dry = await service
        .as(ada)
        .send('POST', `/members/member-ada/contact-imports?${query}`, { body, contentType });
      expect(dry.status).toBe(201);
      const view = dry.json<{
        importId: string;
        summary: Record<string, number>;
        rows: { outcome: string; duplicateOf?: { contactId: string } }[];
      }>();
      expect(view.summary).toEqual({ rows: 4, new: 0, duplicate: 4, invalid: 0 });
      expect(view.rows.map((row) => row.duplicateOf?.contactId)).toEqual(
        exported.map((row) => row['Contact ID']),
      );
      const committed = await service
        .as(ada)
        .send('POST', `/members/member-ada/contact-imports/${view.importId}/commit`);
      expect(committed.json()).toMatchObject({ result: { added: 0, duplicateSinceDryRun: 0 } });
    }
    const all = await service.as(ada).send('GET', '/members/member-ada/contacts?archived=any');
    expect(all.json<{ total: number }>().total).toBe(4);
  });

  it.each<{ who: string; caller: Caller }>([
    {
      who: 'a coach of the member',
      caller: { id: 'coach-ann', role: 'coach', assignedMemberIds: ['member-ada'] },
    },
    { who: 'another member', caller: { id: 'member-bob', role: 'member' } },
  ])('refuses $who (403) in either format', async ({ caller }) => {
    for (const format of ['csv', 'vcard']) {
      const reply = await service.as(caller).send('GET', exportPath(`format=${format}`));
      expect(reply.status).toBe(403);
      expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(reply.json()).toMatchObject({
        status: 403,
        detail: 'only the member can export their contacts',
      });
      expect(reply.headers['content-disposition']).toBeUndefined();
      expect(reply.body).not.toMatch(/Hopper|Turing/);
    }
  });

  it('finds nothing to export for the same member id in another tenant', async () => {
    const elsewhere: Caller = { id: 'member-ada', role: 'member', tenantId: 'uni-b' };
    const reply = await service.as(elsewhere).send('GET', exportPath('format=csv&archived=any'));
    expect(reply.status).toBe(200);
    expect(csvRows(reply.body)).toEqual([]);
    expect(reply.body).toBe(`\uFEFF${CONTACT_CSV_COLUMNS.map((c) => c.header).join(',')}\r\n`);
  });
});
