import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { DEAD_LETTER_TOPIC, topicFor } from '@rapport/contracts';
import { EventStore, OutboxRelay } from '@rapport/eventstore';
import { ensureTopics } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil, repoRoot, testServers } from '@rapport/testing';
import { type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

/** Runs add-contact-then-die.ts: the contact is stored, the process SIGKILLed before its read models. */
async function addContactThenDie(
  dbName: string,
  tenantId: string,
  memberId: string,
  contactId: string,
  name: string,
): Promise<NodeJS.Signals | null> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, '../testing/add-contact-then-die.ts')],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: path.join(repoRoot, 'tsconfig.base.json'),
        RAPPORT_MONGO_URL: testServers().mongoUrl,
        CRASH_DB: dbName,
        CRASH_TENANT: tenantId,
        CRASH_MEMBER: memberId,
        CRASH_CONTACT: contactId,
        CRASH_NAME: name,
      },
    },
  );
  // 'exit' fires once the child is reaped, so its signal is how it really ended.
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (_code, signal) => resolve(signal));
  });
}

describe('the contact read models after a writer dies between its append and its projection', () => {
  const suite = isolateSuite('contacts-heal');
  const tenantId = 'uni-a';
  const ada = { id: 'member-ada', role: 'member' as const, tenantId };
  let service: ContactsTestApp;

  beforeAll(async () => {
    service = await startContactsApp(suite);
    await service.app.get(EventStore).ensureIndexes();
    await ensureTopics(suite.kafka(), [topicFor('contacts'), DEAD_LETTER_TOPIC]);
  });
  afterAll(async () => {
    await service.close();
    await suite.cleanup();
  });

  const listed = async () =>
    (await service.as(ada).send('GET', '/members/member-ada/contacts?limit=100')).json<{
      items: { contactId: string; warmth?: string | null; givenName?: string }[];
    }>().items;
  const counters = async () =>
    (await service.as(ada).send('GET', '/members/member-ada/contact-counters')).json<{
      total: number;
    }>();

  it('shows the contact in the list and the counters once the relay has run', async () => {
    const contactId = `crashed-${randomUUID().slice(0, 8)}`;
    const signal = await addContactThenDie(suite.dbName, tenantId, ada.id, contactId, 'Orphan');
    expect(signal).toBe('SIGKILL');
    // Stored (GET reads the stream) but missing from the read models: the crash the issue saw.
    const stored = await service.as(ada).send('GET', `/members/member-ada/contacts/${contactId}`);
    expect(stored.status).toBe(200);
    expect((await listed()).map((row) => row.contactId)).not.toContain(contactId);
    const before = (await counters()).total;

    const relay = new OutboxRelay({
      store: service.app.get(EventStore),
      db: service.db,
      kafka: suite.kafka(),
      logger: createLogger('contacts-heal-test', 'warn'),
      idleMs: 20,
    });
    await relay.start();
    try {
      await pollUntil(
        'the relay to put the contact in the list',
        async () =>
          (await listed()).some((row) => row.contactId === contactId) ? true : undefined,
        { timeoutMs: 30_000 },
      );
    } finally {
      await relay.stop();
    }
    expect((await counters()).total).toBe(before + 1);
    expect(await service.db.collection('events_outbox').findOne({})).toBeNull();
  }, 120_000);

  it('heals on the next change to the contact even before any relay runs', async () => {
    const contactId = `crashed-${randomUUID().slice(0, 8)}`;
    const signal = await addContactThenDie(suite.dbName, tenantId, ada.id, contactId, 'Later');
    expect(signal).toBe('SIGKILL');
    const before = (await counters()).total;

    // A later change: its writer applies the dead writer's append first, then its own, so the
    // version guard cannot refuse the older event afterwards (which left the row half-made).
    const classify = await service
      .as(ada)
      .send('PUT', `/members/member-ada/contacts/${contactId}/classification`, {
        json: { source: 'alumnus' },
      });
    expect(classify.status).toBe(200);
    const row = (await listed()).find((item) => item.contactId === contactId);
    expect(row).toMatchObject({ contactId, warmth: 'warm' });
    expect((await counters()).total).toBe(before + 1);
  }, 120_000);
});
