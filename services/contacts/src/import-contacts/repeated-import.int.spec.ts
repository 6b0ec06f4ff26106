import { isolateSuite } from '@rapport/testing';
import {
  type Caller,
  type ContactsTestApp,
  type Reply,
  startContactsApp,
} from '../testing/contacts-test-app';

const ada: Caller = { id: 'member-ada', role: 'member' };
const bea: Caller = { id: 'member-bea', role: 'member' };

const csv = (...rows: string[]) =>
  ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\r\n');
const KATHERINE = 'Katherine,Johnson,,kj@nasa.example,NASA,Mathematician,01 Feb 2020';
const DOROTHY = 'Dorothy,Vaughan,,dv@nasa.example,NASA,Supervisor,02 Feb 2020';

const answer = (reply: Reply) => ({
  status: reply.status,
  location: reply.headers['location'],
  body: reply.json<unknown>(),
});

describe('a dry run again with the same client-chosen import id', () => {
  const suite = isolateSuite('contacts-import-repeat');
  let service: ContactsTestApp;
  const dryRun = (caller: Caller, importId: string, file: string, format = 'linkedin') =>
    service
      .as(caller)
      .send('POST', `/members/${caller.id}/contact-imports?format=${format}&importId=${importId}`, {
        body: file,
        contentType: 'text/csv',
      });

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  it('answers as the first did, even once the import was committed', async () => {
    const first = await dryRun(ada, 'imp-same', csv(KATHERINE, DOROTHY));
    expect(answer(first)).toMatchObject({
      status: 201,
      location: '/members/member-ada/contact-imports/imp-same',
      body: { importId: 'imp-same', status: 'previewed', summary: { rows: 2, new: 2 } },
    });
    expect(answer(await dryRun(ada, 'imp-same', csv(KATHERINE, DOROTHY)))).toEqual(answer(first));
    const committed = await service
      .as(ada)
      .send('POST', '/members/member-ada/contact-imports/imp-same/commit');
    expect(committed.json()).toMatchObject({ status: 'committed', result: { added: 2 } });
    expect(answer(await dryRun(ada, 'imp-same', csv(KATHERINE, DOROTHY)))).toEqual(answer(first));
  });

  it('refuses another file or format under the same id with a 409 naming what differs', async () => {
    expect((await dryRun(ada, 'imp-other', csv(KATHERINE))).status).toBe(201);
    const otherFile = await dryRun(ada, 'imp-other', csv(DOROTHY));
    expect(otherFile.status).toBe(409);
    expect(otherFile.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(otherFile.json()).toMatchObject({ reason: 'import-exists', differences: ['file'] });
    const otherFormat = await dryRun(
      ada,
      'imp-other',
      csv(KATHERINE),
      `csv&mapping=${encodeURIComponent(JSON.stringify({ givenName: 'First Name', familyName: 'Last Name' }))}`,
    );
    expect(otherFormat.status).toBe(409);
    expect(otherFormat.json<{ differences: string[] }>().differences.sort()).toEqual([
      'format',
      'mapping',
    ]);
  });

  it('refuses an id another member holds without showing their import', async () => {
    expect((await dryRun(ada, 'imp-taken', csv(KATHERINE))).status).toBe(201);
    const taken = await dryRun(bea, 'imp-taken', csv(KATHERINE));
    expect(taken.status).toBe(409);
    expect(taken.body).not.toContain('Katherine');
    expect(taken.json<{ differences?: unknown }>().differences).toBeUndefined();
  });

  it('answers concurrent duplicates all alike, with one import stored', async () => {
    const replies = await Promise.all(
      Array.from({ length: 4 }, () => dryRun(ada, 'imp-race', csv(KATHERINE, DOROTHY))),
    );
    const answers = replies.map(answer);
    expect(answers.map((a) => a.status)).toEqual(Array(4).fill(201));
    for (const other of answers) expect(other).toEqual(answers[0]);
    const chunks = await service.db
      .collection<{ _id: string }>('contact_import_rows')
      .findOne({ _id: 'imp-race:0' });
    expect(chunks).toMatchObject({ importId: 'imp-race' });
    expect(
      await service.db.collection<{ _id: string }>('contact_imports').findOne({ _id: 'imp-race' }),
    ).toMatchObject({ memberId: 'member-ada' });
  });
});
