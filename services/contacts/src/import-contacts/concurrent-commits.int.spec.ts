import { isolateSuite } from '@rapport/testing';
import { type Caller, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

interface ImportView {
  importId: string;
  status: 'previewed' | 'committing' | 'committed';
  result: { added: number; duplicateSinceDryRun: number } | null;
}
interface Listed {
  items: { givenName: string; familyName: string }[];
  total: number;
}

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const row = (given: string, family: string) =>
  `${given},${family},https://www.linkedin.com/in/${given.toLowerCase()}-${family.toLowerCase()},${given.toLowerCase()}@example.org,Acme,Engineer,14 Mar 2023`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n');

// Commits race: a client retrying while the first commit runs, or two imports of overlapping
// exports committed at once from two tabs. Whatever interleaving the requests get, every row must
// become exactly one contact, and the list and the counters must agree with that.
describe('import contacts: concurrent commits', () => {
  const suite = isolateSuite('contacts-import-race');
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const member = (id: string): Caller => ({ id, role: 'member' });
  const dryRun = async (caller: Caller, file: string) => {
    const reply = await service
      .as(caller)
      .send('POST', `/members/${caller.id}/contact-imports?format=linkedin`, {
        body: file,
        contentType: 'text/csv',
      });
    expect(reply.status).toBe(201);
    return reply.json<ImportView>().importId;
  };
  const commit = (caller: Caller, importId: string) =>
    service.as(caller).send('POST', `/members/${caller.id}/contact-imports/${importId}/commit`);
  const contacts = async (caller: Caller) => {
    const list = await service.as(caller).send('GET', `/members/${caller.id}/contacts?limit=100`);
    expect(list.status).toBe(200);
    const counters = await service.as(caller).send('GET', `/members/${caller.id}/contact-counters`);
    expect(counters.status).toBe(200);
    const listed = list.json<Listed>();
    return {
      names: listed.items.map((c) => `${c.givenName} ${c.familyName}`).sort(),
      total: listed.total,
      counted: counters.json<{ total: number }>().total,
    };
  };

  it('two commits of the same import at once add every row once; the loser is told, a retry answers the result', async () => {
    const ada = member('member-ada');
    const names = ['Alan Turing', 'Grace Hopper', 'Mary Jackson', 'Katherine Johnson'];
    const importId = await dryRun(
      ada,
      csv(...names.map((n) => row(...(n.split(' ') as [string, string])))),
    );

    const answers = await Promise.all([commit(ada, importId), commit(ada, importId)]);
    const statuses = answers.map((a) => a.status).sort();
    // Either the second found the first still running (409) or already done (200, its result).
    expect(
      [
        ['200', '200'],
        ['200', '409'],
      ].map((s) => s.join()),
    ).toContain(statuses.join());
    const won = answers.find((a) => a.status === 200)!.json<ImportView>();
    expect(won).toMatchObject({
      status: 'committed',
      result: { added: 4, duplicateSinceDryRun: 0 },
    });
    const loser = answers.find((a) => a.status === 409);
    if (loser) expect(loser.headers['content-type']).toContain('application/problem+json');

    const retry = await commit(ada, importId);
    expect(retry.status).toBe(200);
    // On FerretDB both requests can claim the commit (its conditional update is not atomic), so
    // the stored answer is the later of the two: the same result, perhaps not the same time.
    const stored = retry.json<ImportView>();
    expect(stored.result).toEqual(won.result);
    expect(answers.filter((a) => a.status === 200).map((a) => a.json<ImportView>())).toContainEqual(
      stored,
    );
    expect(await contacts(ada)).toEqual({ names: [...names].sort(), total: 4, counted: 4 });
  });

  it('two imports sharing rows, committed at once, add each person once', async () => {
    const bea = member('member-bea');
    const first = await dryRun(
      bea,
      csv(row('Alan', 'Turing'), row('Grace', 'Hopper'), row('Mary', 'Jackson')),
    );
    const second = await dryRun(
      bea,
      csv(row('Grace', 'Hopper'), row('Mary', 'Jackson'), row('Zoe', 'Orsted')),
    );

    const answers = await Promise.all([commit(bea, first), commit(bea, second)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const results = answers.map((a) => a.json<ImportView>().result!);
    // Both dry runs saw Grace and Mary as new; at commit each goes to exactly one of the imports.
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(4);
    expect(results.reduce((n, r) => n + r.duplicateSinceDryRun, 0)).toBe(2);
    expect(await contacts(bea)).toEqual({
      names: ['Alan Turing', 'Grace Hopper', 'Mary Jackson', 'Zoe Orsted'],
      total: 4,
      counted: 4,
    });
  });
});
