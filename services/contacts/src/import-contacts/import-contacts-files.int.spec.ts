import { isolateSuite } from '@rapport/testing';
import type { Db } from 'mongodb';
import { type Caller, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';
import { IMPORT_LIMITS } from './parsing';

interface ImportView {
  importId: string;
  summary: { rows: number; new: number; duplicate: number; invalid: number };
  rows: Record<string, unknown>[];
  result: { added: number; duplicateSinceDryRun: number } | null;
}

interface Problem {
  status: number;
  detail: string;
  reason?: string;
  rows?: number[];
  errors?: { pointer: string; detail: string }[];
}

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

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const crlf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** A spreadsheet's "CSV UTF-8": byte order mark, CRLF, quoted commas, quotes and line breaks. */
const spreadsheetCsv = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  utf8(
    crlf(
      'Name,E-mail,Company,Notes,Labels',
      'Ada Lovelace,ada@engines.example,"Babbage, Lovelace & Co",,mentor; maths',
      '"Grace Brewster Hopper",grace@navy.example,US Navy,"Met at the alumni dinner.',
      'Asked to follow up in spring.",navy',
      'Alan Turing,,"Bletchley Park, Hut 8","He said ""call me Alan""",',
    ),
  ),
]);
const spreadsheetMapping = {
  fullName: 'Name',
  email: 'e-mail', // headers match ignoring case
  organisation: 'Company',
  howWeMet: 'Notes',
  tags: 'Labels',
};

/** Apple Contacts style: vCard 3.0, grouped properties, TYPE=pref, a folded NOTE. */
const vCard30 = crlf(
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Noether;Emmy;;;',
  'FN:Emmy Noether',
  'ORG:Universität Göttingen;Mathematics',
  'TITLE:Professor',
  'EMAIL;TYPE=INTERNET;TYPE=WORK:emmy@goettingen.example',
  'EMAIL;TYPE=INTERNET;TYPE=pref:emmy.noether@math.example',
  'TEL;TYPE=CELL:+49 551 39 0',
  'CATEGORIES:algebra,mentor',
  'NOTE:Introduced by Hermann Weyl at the colloquium\\, who called her the gre',
  ' atest of them all.',
  'item1.URL:https://www.linkedin.com/in/emmy-noether',
  'item1.X-ABLabel:_$!<HomePage>!$_',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Kovalevskaya;Sofia;;;',
  'FN:Sofia Kovalevskaya',
  'EMAIL:sofia@su.example',
  'END:VCARD',
);

/**
 * vCard 4.0 folded at 75 octets as RFC 6350 allows: in the middle of the two bytes of "ñ", so the
 * file is valid UTF-8 only once unfolded. The second card is Emmy again, by her preferred email.
 */
const vCard40 = Buffer.concat([
  utf8(
    crlf(
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:José Núñez',
      'N:Núñez;José;;;',
      'EMAIL;PREF=1:jose@uam.example',
      'EMAIL;PREF=2:jnunez@home.example',
      'ORG:Universidad Autónoma de Madrid',
      'TITLE:Profesor titular',
    ) + 'NOTE:Nos conocimos en Sevilla\\; hablamos de redes neuronales y de Espa',
  ),
  Buffer.from([0xc3, 0x0d, 0x0a, 0x20, 0xb1]),
  utf8(
    crlf(
      'a.',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Emmy Noether',
      'EMAIL:Emmy.Noether@math.example',
      'END:VCARD',
    ),
  ),
]);

describe('import contacts: file formats and refused files', () => {
  const suite = isolateSuite('contacts-import-files');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const upload = (
    caller: Caller,
    params: Record<string, string>,
    body: string | Buffer,
    contentType: string,
  ) =>
    service.as(caller).send('POST', `/members/${caller.id}/contact-imports?${query(params)}`, {
      body,
      contentType,
    });
  const commit = async (caller: Caller, importId: string) => {
    const reply = await service
      .as(caller)
      .send('POST', `/members/${caller.id}/contact-imports/${importId}/commit`);
    expect(reply.status).toBe(200);
    return reply.json<ImportView & { rows: { row: number; contactId?: string | null }[] }>();
  };
  const contact = async (caller: Caller, contactId: string) => {
    const reply = await service
      .as(caller)
      .send('GET', `/members/${caller.id}/contacts/${contactId}`);
    expect(reply.status).toBe(200);
    return reply.json();
  };

  it('reads a mapped CSV with a byte order mark, quoted commas and a multi-line value', async () => {
    const ada: Caller = { id: 'member-ada', role: 'member' };
    const dry = await upload(
      ada,
      { format: 'csv', mapping: JSON.stringify(spreadsheetMapping), source: 'event' },
      spreadsheetCsv,
      'text/csv; charset=utf-8',
    );
    expect(dry.status).toBe(201);
    const view = dry.json<ImportView>();
    expect(view.summary).toEqual({ rows: 3, new: 3, duplicate: 0, invalid: 0 });
    // Grace's notes span lines 3 and 4, so Alan is on line 5.
    expect(view.rows).toEqual([
      { row: 2, outcome: 'new', name: 'Ada Lovelace', contactId: null },
      { row: 3, outcome: 'new', name: 'Grace Brewster Hopper', contactId: null },
      { row: 5, outcome: 'new', name: 'Alan Turing', contactId: null },
    ]);

    const committed = await commit(ada, view.importId);
    expect(committed.result).toEqual({ added: 3, duplicateSinceDryRun: 0 });
    const [adaId, graceId, alanId] = committed.rows.map((r) => r.contactId as string);
    expect(await contact(ada, adaId!)).toMatchObject({
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@engines.example',
      organisation: 'Babbage, Lovelace & Co',
      tags: [
        { kind: 'free', value: 'mentor' },
        { kind: 'free', value: 'maths' },
      ],
      source: 'event',
      warmth: 'cold',
    });
    expect(await contact(ada, graceId!)).toMatchObject({
      givenName: 'Grace Brewster',
      familyName: 'Hopper',
      organisation: 'US Navy',
      howWeMet: 'Met at the alumni dinner.\nAsked to follow up in spring.',
      tags: [{ kind: 'free', value: 'navy' }],
    });
    const alan = await contact(ada, alanId!);
    expect(alan).toMatchObject({
      organisation: 'Bletchley Park, Hut 8',
      howWeMet: 'He said "call me Alan"',
      tags: [],
    });
    expect(alan).not.toHaveProperty('email');
  });

  it('reads vCard 3.0 and 4.0 with folded lines, and knows a contact from another file', async () => {
    const bo: Caller = { id: 'member-bo', role: 'member' };
    const first = await upload(bo, { format: 'vcard' }, vCard30, 'text/x-vcard');
    expect(first.status).toBe(201);
    expect(first.json<ImportView>().rows).toEqual([
      { row: 1, outcome: 'new', name: 'Emmy Noether', contactId: null },
      { row: 2, outcome: 'new', name: 'Sofia Kovalevskaya', contactId: null },
    ]);
    const committed = await commit(bo, first.json<ImportView>().importId);
    const emmyId = committed.rows[0]?.contactId as string;
    expect(await contact(bo, emmyId)).toMatchObject({
      givenName: 'Emmy',
      familyName: 'Noether',
      email: 'emmy.noether@math.example',
      phone: '+49 551 39 0',
      organisation: 'Universität Göttingen',
      role: 'Professor',
      linkedinUrl: 'https://www.linkedin.com/in/emmy-noether',
      howWeMet:
        'Introduced by Hermann Weyl at the colloquium, who called her the greatest of them all.',
      tags: [
        { kind: 'free', value: 'algebra' },
        { kind: 'free', value: 'mentor' },
      ],
    });

    const second = await upload(bo, { format: 'vcard' }, vCard40, 'text/vcard');
    expect(second.status).toBe(201);
    const view = second.json<ImportView>();
    expect(view.summary).toEqual({ rows: 2, new: 1, duplicate: 1, invalid: 0 });
    expect(view.rows).toEqual([
      { row: 1, outcome: 'new', name: 'José Núñez', contactId: null },
      {
        row: 2,
        outcome: 'duplicate',
        duplicateOf: { contactId: emmyId },
        name: 'Emmy Noether',
      },
    ]);
    const jose = (await commit(bo, view.importId)).rows[0]?.contactId as string;
    expect(await contact(bo, jose)).toMatchObject({
      givenName: 'José',
      familyName: 'Núñez',
      email: 'jose@uam.example',
      organisation: 'Universidad Autónoma de Madrid',
      role: 'Profesor titular',
      howWeMet: 'Nos conocimos en Sevilla; hablamos de redes neuronales y de España.',
    });
    const listed = await service.as(bo).send('GET', '/members/member-bo/contacts');
    expect(listed.json<{ total: number }>().total).toBe(3);
  });

  describe('refuses a file whole, names the rows, and writes nothing', () => {
    const cy: Caller = { id: 'member-cy', role: 'member' };
    const linkedin = { format: 'linkedin' };
    const mapped = { format: 'csv', mapping: JSON.stringify({ fullName: 'Name', email: 'Email' }) };
    const windows1252 = Buffer.concat([
      utf8('Name,Email\r\nAda Lovelace,ada@engines.example\r\n'),
      Buffer.from('José Núñez,jose@uam.example\r\n', 'latin1'),
    ]);

    const refuses = async (
      params: Record<string, string>,
      body: string | Buffer,
      contentType: string,
    ) => {
      const before = await storedCounts(service.db);
      const reply = await upload(cy, params, body, contentType);
      expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await storedCounts(service.db)).toEqual(before);
      return { status: reply.status, problem: reply.json<Problem>() };
    };

    it.each([
      {
        file: 'a LinkedIn export without its header',
        params: linkedin,
        body: utf8('Notes:\nsome text\n\nName,Email\nAda Lovelace,ada@engines.example\n'),
        status: 422,
        reason: 'no_header',
        rows: [],
        detail: /no line has the columns "First Name", "Last Name" and "URL"/,
      },
      {
        file: 'a CSV without the mapped column',
        params: mapped,
        body: utf8('Name,Mail\nAda Lovelace,ada@engines.example\n'),
        status: 422,
        reason: 'no_header',
        rows: [1],
        detail: /^The header row \(line 1\) has no column "Email"\.$/,
      },
      {
        file: 'a CSV with a quote never closed',
        params: mapped,
        body: utf8('Name,Email\nAda Lovelace,ada@engines.example\n"Grace Hopper,g@navy.example\n'),
        status: 422,
        reason: 'malformed',
        rows: [3],
        detail: /^Line 3: a quoted value is never closed/,
      },
      {
        file: 'a LinkedIn export with a stray quote after valid rows',
        params: linkedin,
        body: utf8(
          'Notes:\n"a note, with commas"\n\nFirst Name,Last Name,URL\n' +
            'Ada,Lovelace,https://www.linkedin.com/in/ada\n' +
            'Grace,Hop"per,https://www.linkedin.com/in/grace\n',
        ),
        status: 422,
        reason: 'malformed',
        rows: [6],
        detail: /^Line 6: a " appears in the middle of a value/,
      },
      {
        file: 'a vCard file cut short',
        params: { format: 'vcard' },
        body: utf8(crlf('BEGIN:VCARD', 'FN:Ada Lovelace', 'END:VCARD', 'BEGIN:VCARD', 'FN:Al')),
        status: 422,
        reason: 'malformed',
        rows: [2],
        detail: /^Card 2 \(from line 4\) has no END:VCARD\.$/,
      },
      {
        file: 'a CSV saved as Windows-1252',
        params: mapped,
        body: windows1252,
        status: 415,
        reason: 'encoding',
        rows: [3],
        detail: /line 3 contains characters that cannot be read.*save the file as UTF-8$/,
      },
      {
        file: 'an empty file',
        params: linkedin,
        body: utf8(' \r\n\r\n'),
        status: 422,
        reason: 'empty',
        rows: [],
        detail: /^The file is empty\.$/,
      },
      {
        file: 'a file over 5 MiB',
        params: linkedin,
        body: Buffer.alloc(IMPORT_LIMITS.maxBytes + 1, 'a'),
        status: 413,
        reason: 'too_large',
        rows: [],
        detail: /^The file is larger than 5 MB\.$/,
      },
    ])('$file → $status $reason', async ({ params, body, status, reason, rows, detail }) => {
      const refused = await refuses(params, body, 'text/csv');
      expect(refused.status).toBe(status);
      expect(refused.problem).toMatchObject({ status, reason, rows });
      expect(refused.problem.detail).toMatch(detail);
    });

    it.each([
      {
        request: 'JSON instead of a file',
        body: JSON.stringify({ contacts: [{ givenName: 'Ada', familyName: 'Lovelace' }] }),
        contentType: 'application/json',
        detail: /^This route accepts text\/csv, text\/vcard/,
      },
      {
        request: 'a media type no import reads',
        body: '%PDF-1.7',
        contentType: 'application/pdf',
        detail: /^This route accepts text\/csv, text\/vcard/,
      },
    ])('$request → 415', async ({ body, contentType, detail }) => {
      const { status, problem } = await refuses(linkedin, body, contentType);
      expect(status).toBe(415);
      expect(problem.detail).toMatch(detail);
    });

    it.each<{ request: string; params: Record<string, string>; pointer: string; detail: string }>([
      {
        request: 'a csv import without a mapping',
        params: { format: 'csv' },
        pointer: '#/query/mapping',
        detail: 'a csv import needs a column mapping',
      },
      {
        request: 'a mapping that is not JSON',
        params: { format: 'csv', mapping: '{fullName: Name}' },
        pointer: '#/query/mapping',
        detail: 'must be a JSON object of field → column header',
      },
      {
        request: 'a mapping to a field we do not have',
        params: { format: 'csv', mapping: JSON.stringify({ fullName: 'Name', birthday: 'DOB' }) },
        pointer: '#/query/mapping',
        detail: 'mapping: Unrecognized key: "birthday"',
      },
      {
        request: 'an unknown format',
        params: { format: 'xlsx' },
        pointer: '#/query/format',
        detail: 'Invalid option: expected one of "csv"|"linkedin"|"vcard"',
      },
    ])('$request → 400 at $pointer', async ({ params, pointer, detail }) => {
      const { status, problem } = await refuses(
        params,
        'Name,DOB\nAda Lovelace,1815-12-10\n',
        'text/csv',
      );
      expect(status).toBe(400);
      expect(problem.errors).toEqual([{ pointer, detail }]);
    });
  });
});
