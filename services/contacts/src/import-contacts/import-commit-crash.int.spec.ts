import { spawn } from 'node:child_process';
import path from 'node:path';
import { EventStore } from '@rapport/eventstore';
import { isolateSuite, repoRoot, testServers } from '@rapport/testing';
import { type Caller, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

interface ImportView {
  importId: string;
  status: 'previewed' | 'committing' | 'committed';
  result: { added: number; duplicateSinceDryRun: number } | null;
}

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const NAMES = ['Alan Turing', 'Grace Hopper', 'Mary Jackson', 'Katherine Johnson'];
const FILE = [
  HEADER,
  ...NAMES.map((name) => {
    const [given, family] = name.split(' ') as [string, string];
    const slug = `${given}-${family}`.toLowerCase();
    return `${given},${family},https://www.linkedin.com/in/${slug},${slug}@example.org,Acme,Engineer,14 Mar 2023`;
  }),
].join('\r\n');

/** Runs commit-import-then-die.ts; resolves with the signal the child really ended with. */
function commitThenDie(dbName: string, memberId: string, importId: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, '../testing/commit-import-then-die.ts')],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: path.join(repoRoot, 'tsconfig.base.json'),
        RAPPORT_MONGO_URL: testServers().mongoUrl,
        CRASH_DB: dbName,
        CRASH_TENANT: 'uni-a',
        CRASH_MEMBER: memberId,
        CRASH_IMPORT: importId,
      },
    },
  );
  return new Promise<NodeJS.Signals | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (_code, signal) => resolve(signal));
  });
}

// A commit whose process dies after the contacts' streams were stored and before the read models
// saw them: the import is left claimed. Once the claim is stale, the same commit again must
// converge: every row a contact exactly once, and the list and the counters agreeing.
describe('import contacts: a commit killed midway, then run again', () => {
  const suite = isolateSuite('contacts-import-crash');
  const ada: Caller = { id: 'member-ada', role: 'member' };
  // The service's clock, moved past the stale-claim limit (5 minutes) for the retry.
  let now = new Date();
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite, () => now);
    await service.app.get(EventStore).ensureIndexes();
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const commit = (importId: string) =>
    service.as(ada).send('POST', `/members/member-ada/contact-imports/${importId}/commit`);

  it('adds every row once and counts it once', async () => {
    const dry = await service
      .as(ada)
      .send('POST', '/members/member-ada/contact-imports?format=linkedin', {
        body: FILE,
        contentType: 'text/csv',
      });
    expect(dry.status).toBe(201);
    const { importId } = dry.json<ImportView>();

    expect(await commitThenDie(suite.dbName, ada.id, importId)).toBe('SIGKILL');
    const store = service.app.get(EventStore);
    const storedEvents = async () => {
      const types: string[] = [];
      for await (const event of store.readAll({ tenantId: 'uni-a' })) types.push(event.type);
      return types;
    };
    // The crash left the contacts stored but the import claimed and the list empty.
    expect((await storedEvents()).filter((t) => t === 'ContactAdded')).toHaveLength(NAMES.length);
    const claimed = await service
      .as(ada)
      .send('GET', `/members/member-ada/contact-imports/${importId}`);
    expect(claimed.json<ImportView>().status).toBe('committing');
    const before = await service.as(ada).send('GET', '/members/member-ada/contacts?limit=100');
    expect(before.json<{ total: number }>().total).toBe(0);
    // Still within the claim: another commit is told it is running, and changes nothing.
    expect((await commit(importId)).status).toBe(409);

    now = new Date(now.getTime() + 6 * 60_000);
    const retried = await commit(importId);
    expect(retried.status).toBe(200);
    expect(retried.json<ImportView>()).toMatchObject({
      status: 'committed',
      result: { added: NAMES.length, duplicateSinceDryRun: 0 },
    });
    expect((await commit(importId)).json<ImportView>()).toEqual(retried.json<ImportView>());

    expect((await storedEvents()).filter((t) => t === 'ContactAdded')).toHaveLength(NAMES.length);
    const list = (
      await service.as(ada).send('GET', '/members/member-ada/contacts?limit=100')
    ).json<{ items: { givenName: string; familyName: string }[]; total: number }>();
    expect(list.items.map((c) => `${c.givenName} ${c.familyName}`).sort()).toEqual(
      [...NAMES].sort(),
    );
    expect(list.total).toBe(NAMES.length);
    const counters = await service.as(ada).send('GET', '/members/member-ada/contact-counters');
    expect(counters.json<{ total: number }>().total).toBe(NAMES.length);
  });
});
