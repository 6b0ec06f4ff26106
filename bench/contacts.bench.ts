import { performance } from 'node:perf_hooks';
import { type Caller, startContactsApp } from '../services/contacts/src/testing/contacts-test-app';
import { benchMain } from './bench-runner';
import { commitImport, connectionsCsv, importFile, REPEAT_EVERY } from './contacts-csv';
import { listContacts } from './contacts-list';
import {
  type BenchEnv,
  benchIsolation,
  infoRow,
  perSecond,
  progress,
  type ResultRow,
  scaled,
  speedRatio,
} from './support';
import { snapshot, writeRaw, writtenBetween } from './written-documents';

/**
 * A member imports LinkedIn's Connections.csv of 10,000 rows through the real contacts app (its
 * Nest module, HTTP pipeline and problem mapping; requests injected into Fastify, no socket), on a
 * database of its own. The commit is set against the driver writing the very documents the commit
 * wrote, on the same server in the same run. `list` times listing a member's 500 contacts in a
 * tenant of 10k and 100k (bench/contacts-list.ts). See bench/README.md.
 *
 *   npm run bench:contacts [-- import|list]
 *
 * The app needs decorator metadata (Nest resolves constructor parameters from it), which tsx's
 * esbuild does not emit, so this bench runs under @swc-node/register, the compiler Jest uses.
 */
const ROWS = 10_000;
const COMMIT_GOAL_MS = 10_000;
const MEMBER: Caller = { id: 'member-bench', role: 'member' };
/** Warms the app and the server up with a file of its own, so MEMBER starts with no contacts. */
const WARM_UP_MEMBER: Caller = { id: 'member-warm-up', role: 'member' };

/**
 * How far the resident set grows from now until `stop()`: the kernel's high-water mark when this
 * stretch raised it, else the highest of samples taken every 5 ms (an earlier peak, such as the
 * app's start-up, can hold the high-water mark above anything this stretch reaches).
 */
function rssGrowth() {
  const start = process.memoryUsage.rss();
  const highWaterBefore = process.resourceUsage().maxRSS;
  let sampled = start;
  const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 5);
  return {
    stop(): { mib: number; from: string } {
      clearInterval(timer);
      const highWater = process.resourceUsage().maxRSS; // KiB
      const raised = highWater > highWaterBefore;
      const peak = raised ? highWater * 1024 : Math.max(sampled, process.memoryUsage.rss());
      return {
        mib: (peak - start) / 2 ** 20,
        from: raised ? 'the kernel high-water mark (maxRSS)' : 'RSS sampled every 5 ms',
      };
    },
  };
}

async function measure(env: BenchEnv): Promise<ResultRow[]> {
  // BENCH_SCALE shrinks the file for a quick check; the metric names keep the full size.
  const rows = scaled(ROWS, 100);
  const file = connectionsCsv(rows);
  const service = await startContactsApp(benchIsolation(env, 'contacts'));
  try {
    progress('warm-up: a 20-row import');
    const warm = await importFile(service, WARM_UP_MEMBER, connectionsCsv(20));
    await commitImport(service, WARM_UP_MEMBER, warm.importId);

    progress(`dry run of ${rows} rows (${(Buffer.byteLength(file) / 2 ** 20).toFixed(2)} MiB)…`);
    const memory = rssGrowth();
    let start = performance.now();
    const dry = await importFile(service, MEMBER, file);
    const dryMs = performance.now() - start;
    const { summary } = dry;
    const repeats = Math.floor((rows - 1) / REPEAT_EVERY);
    if (summary.invalid !== 0 || summary.duplicate !== repeats)
      throw new Error(`unexpected dry run summary ${JSON.stringify(summary)}`);
    // What the database holds before the commit, so the baseline can write what the commit wrote.
    const before = await snapshot(service.db);
    progress(`commit of ${summary.new} new contacts…`);
    start = performance.now();
    const committed = await commitImport(service, MEMBER, dry.importId);
    const commitMs = performance.now() - start;
    const rss = memory.stop();
    const added = committed.result?.added ?? 0;
    const listed = await service.as(MEMBER).send('GET', `/members/${MEMBER.id}/contacts?limit=1`);
    const total = listed.json<{ total: number }>().total;
    if (added !== summary.new || total !== summary.new)
      throw new Error(`committed ${added} of ${summary.new} new rows; ${total} contacts listed`);
    const after = await snapshot(service.db);
    const written = writtenBetween(before, after);

    progress(`raw baseline: the driver writing the commit's ${written.documents} documents…`);
    const rawMs = await writeRaw(service.db, await env.db('raw'), written);

    const sizes = `${rows} rows (${summary.new} new, ${summary.duplicate} duplicate), ${(Buffer.byteLength(file) / 2 ** 20).toFixed(2)} MiB`;
    return [
      infoRow(
        'import dry run (LinkedIn, 10,000 rows)',
        'ms',
        dryMs,
        `informational; ${perSecond(rows, dryMs).toFixed(0)} rows/s; ${sizes}: parse, validate, match against the member's keys, store the plan (row chunks of 1,000), answer every row`,
      ),
      {
        metric: 'import commit',
        unit: 'ms',
        value: commitMs,
        baseline: rawMs,
        ratio: speedRatio('cost', commitMs, rawMs),
        goal: `commit < ${COMMIT_GOAL_MS.toLocaleString('en-US')} ms`,
        met: commitMs < COMMIT_GOAL_MS,
        notes: `${perSecond(added, commitMs).toFixed(0)} contacts/s; ${added} contacts added; the commit wrote ${written.documents} documents (${written.summary}); raw = the driver writing those same documents, read back from the app's database after the commit, into a database of its own with the same indexes: per collection one unordered insertMany of the new documents and one bulkWrite of _id-keyed replacements of the changed ones; ratio = raw ms / commit ms (the library's speed over the driver's, as in every row)`,
      },
      infoRow(
        'import end to end',
        'rows/s',
        perSecond(rows, dryMs + commitMs),
        `informational; dry run + commit of ${sizes}`,
      ),
      infoRow(
        'peak RSS growth during the import',
        'MiB',
        rss.mib,
        `informational; the bench process holds the app and the client (the file, both JSON answers of ${rows} rows, and a copy of the app's database read between dry run and commit for the baseline); peak from ${rss.from}, minus RSS before the dry run`,
      ),
    ];
  } finally {
    await service.close();
  }
}

benchMain('contacts', { import: measure, list: listContacts });
