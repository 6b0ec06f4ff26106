import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient, ObjectId, type Db } from 'mongodb';
import { repoRoot } from '../servers';
import { freePorts } from './free-port';

// FerretDB 1.24.2's SQLite backend indexes `_id` as `_ferretdb_sjson->"_id"` but filtered by
// `_ferretdb_sjson->'$._id'`, which SQLite does not match to that index, so every find, update and
// delete by `_id` scanned the table. infra/install.sh builds it with
// infra/ferretdb/ferretdb-id-index.patch. These tests read SQLite's own query plan (FerretDB's
// `explain` runs EXPLAIN QUERY PLAN) and the SQL FerretDB logs, never timings, so they fail on an
// unpatched binary however fast the machine is. They run the binary infra/start.sh starts, on a
// private data dir and free ports, with SQL logging on.

type Script = { code: number | null; out: string };

function run(script: string, env: NodeJS.ProcessEnv, ...args: string[]): Script {
  const result = spawnSync('bash', [script, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** The planner rows FerretDB's sqlite handler returns for an explained find. */
async function explainFind(db: Db, collection: string, id: unknown): Promise<string[]> {
  const explained = await db.command({ explain: { find: collection, filter: { _id: id } } });
  expect(explained['filterPushdown']).toBe(true);
  const planner: unknown = explained['queryPlanner'];
  const plan =
    typeof planner === 'object' && planner !== null && 'Plan' in planner ? planner.Plan : null;
  if (!Array.isArray(plan)) throw new Error(`no SQLite plan in ${JSON.stringify(explained)}`);
  return plan.map(String);
}

// One row, a SEARCH through the table's own `_id` index (FerretDB names it <table>__id_). Without the
// patch the row reads `SCAN <table>`.
const searchesIdIndex = /detail=SEARCH (\S+) USING INDEX \1__id_ \(<expr>=\?\)$/;

describe('FerretDB `_id` lookups use the `_id` index (infra/ferretdb/ferretdb-id-index.patch)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rapport-ferretdb-id-'));
  let env: NodeJS.ProcessEnv;
  let client: MongoClient;
  let db: Db;

  /** Every SQL statement FerretDB has run so far, in order (its debug log, one JSON object a line). */
  function statements(): string[] {
    const lines = readFileSync(path.join(dataDir, 'logs/ferretdb.log'), 'utf8').split('\n');
    return lines
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { msg?: unknown }).msg)
      .filter((msg): msg is string => typeof msg === 'string' && msg.startsWith('>>> '))
      .map((msg) => msg.slice('>>> '.length));
  }

  beforeAll(async () => {
    const [mongoPort, debugPort] = await freePorts(2);
    env = {
      ...process.env,
      NO_COLOR: '1',
      RAPPORT_DATA_DIR: dataDir,
      RAPPORT_MONGO_PORT: String(mongoPort),
      RAPPORT_FERRETDB_DEBUG_PORT: String(debugPort),
      RAPPORT_START_TIMEOUT: '30',
      RAPPORT_FERRETDB_LOG_LEVEL: 'debug',
      // Read by FerretDB itself; start.sh does not set a format, so this one applies.
      FERRETDB_LOG_FORMAT: 'json',
    };
    delete env['RAPPORT_MONGO_URL'];
    const started = run(path.join(repoRoot, 'infra/start.sh'), env, 'ferretdb');
    if (started.code !== 0) throw new Error(`private FerretDB did not start:\n${started.out}`);
    client = await MongoClient.connect(`mongodb://127.0.0.1:${env['RAPPORT_MONGO_PORT']}/`);
    db = client.db('idindex');
  });

  afterAll(async () => {
    await client?.close();
    run(path.join(repoRoot, 'infra/stop.sh'), env, 'ferretdb');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('explains a find by string _id as a SEARCH of the _id index', async () => {
    const people = db.collection<{ _id: string; n: number }>('people');
    await people.insertMany(Array.from({ length: 200 }, (_, n) => ({ _id: `person-${n}`, n })));

    expect(await explainFind(db, 'people', 'person-7')).toEqual([
      expect.stringMatching(searchesIdIndex),
    ]);
  });

  it('explains a find by ObjectId _id as a SEARCH of the _id index', async () => {
    const ids = Array.from({ length: 200 }, () => new ObjectId());
    await db.collection('things').insertMany(ids.map((_id, n) => ({ _id, n })));

    expect(await explainFind(db, 'things', ids[7])).toEqual([
      expect.stringMatching(searchesIdIndex),
    ]);
  });

  it('updates and deletes by _id filter on the same indexed expression as the explained find', async () => {
    const events = db.collection<{ _id: string; n: number }>('events');
    await events.insertMany(Array.from({ length: 200 }, (_, n) => ({ _id: `event-${n}`, n })));
    // FerretDB has no explain for update or delete. Its plan for a find proves which `_id`
    // expression SQLite serves from the index; the UPDATE and DELETE it then issues must filter on
    // exactly that expression (SQLite's match is syntactic).
    expect(await explainFind(db, 'events', 'event-1')).toEqual([
      expect.stringMatching(searchesIdIndex),
    ]);
    const explainSql = statements().findLast((sql) => sql.startsWith('EXPLAIN QUERY PLAN'));
    const [, table, expression] =
      /^EXPLAIN QUERY PLAN SELECT\s+\S+ FROM "([^"]+)" WHERE (.+) = \?$/.exec(explainSql ?? '') ??
      [];
    expect(table).toMatch(/^events_/);
    const before = statements().length;

    expect((await events.updateOne({ _id: 'event-3' }, { $set: { n: -3 } })).modifiedCount).toBe(1);
    expect((await events.deleteOne({ _id: 'event-4' })).deletedCount).toBe(1);
    expect(await events.findOne({ _id: 'event-3' })).toEqual({ _id: 'event-3', n: -3 });
    expect(await events.findOne({ _id: 'event-4' })).toBeNull();

    const issued = statements()
      .slice(before)
      .filter((sql) => sql.includes(`"${table}"`));
    expect(issued).toContain(`UPDATE "${table}" SET _ferretdb_sjson = ? WHERE ${expression} = ?`);
    expect(issued).toContain(`DELETE FROM "${table}" WHERE ${expression} IN (?)`);
    // The finds that each operation (and the two checks) issue first go through the same expression.
    expect(issued.filter((sql) => sql.startsWith('SELECT')).length).toBeGreaterThanOrEqual(4);
    expect(
      issued.filter((sql) => sql.includes(' WHERE ') && !sql.includes(` WHERE ${expression} `)),
    ).toEqual([]);
  });
});

// The checksum pin: install.sh must refuse a patch file that differs from the one versions.env
// names, before it builds anything, so a cache folder named after one checksum never holds another
// patch's binary. It runs a copy of infra/ (the scripts find their root from their own location)
// with one byte appended to the patch and an empty private cache.
describe('infra/install.sh ferretdb', () => {
  it('refuses a patch whose sha256 is not the pinned one, naming both', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rapport-install-'));
    try {
      cpSync(path.join(repoRoot, 'infra'), path.join(root, 'infra'), {
        recursive: true,
        filter: (source) => !source.includes('node_modules'),
      });
      const versions = readFileSync(path.join(root, 'infra/versions.env'), 'utf8');
      const patch = /^FERRETDB_PATCH=(\S+)/m.exec(versions)?.[1];
      const pinned = /^FERRETDB_PATCH_SHA256=(\S+)/m.exec(versions)?.[1];
      if (!patch || !pinned) throw new Error('versions.env pins no FerretDB patch');
      appendFileSync(path.join(root, 'infra', patch), '\n');

      const installed = run(
        path.join(root, 'infra/install.sh'),
        {
          ...process.env,
          NO_COLOR: '1',
          RAPPORT_CACHE_DIR: path.join(root, 'cache'),
          RAPPORT_DATA_DIR: path.join(root, 'data'),
        },
        'ferretdb',
      );

      expect(installed.code).not.toBe(0);
      expect(installed.out).toMatch(
        new RegExp(
          `checksum mismatch for \\S+${patch}: expected ${pinned} \\(versions.env\\), got [0-9a-f]{64}`,
        ),
      );
      expect(installed.out).toContain('ferretdb: install failed');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
