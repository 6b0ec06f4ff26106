import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  type Caller,
  type ContactsTestApp,
  startContactsApp,
} from '../services/contacts/src/testing/contacts-test-app';
import { commitImport, connectionsCsv, importFile } from './contacts-csv';
import {
  type BenchEnv,
  benchIsolation,
  percentile,
  progress,
  type ResultRow,
  scaled,
} from './support';

/**
 * Listing one member's 500 contacts while the tenant holds 10,000 and then 100,000 contacts: the
 * read must not grow with other members' rows. See bench/README.md.
 */
const MEMBER_CONTACTS = 500;
const TENANT_SIZES = [10_000, 100_000] as const;
/** The largest file one filler member imports: the per-member size the read models plan for. */
const FILLER_ROWS = 10_000;
/** The API's largest page. */
const PAGE = 200;
const GOAL_MS = 100;
const SAMPLES = 200;
/** Sampling stops early after this long, so a slow listing does not hold the run for minutes. */
const SAMPLING_BUDGET_MS = 60_000;
const MIN_SAMPLES = 20;

const MEMBER: Caller = { id: 'member-list-bench', role: 'member' };

interface ListPage {
  items: { contactId: string }[];
  total: number;
  nextCursor: string | null;
}

/** Every page of `member`'s contacts, as a screen that shows them all asks for them. */
async function listAll(
  service: ContactsTestApp,
  member: Caller,
  requestMs: number[] = [],
): Promise<{ contacts: number; pages: number }> {
  let cursor: string | null = null;
  let contacts = 0;
  let pages = 0;
  do {
    const start = performance.now();
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const reply = await service
      .as(member)
      .send('GET', `/members/${member.id}/contacts?limit=${PAGE}${query}`);
    if (reply.status !== 200)
      throw new Error(`list answered ${reply.status}: ${reply.body.slice(0, 300)}`);
    const page = reply.json<ListPage>();
    requestMs.push(performance.now() - start);
    contacts += page.items.length;
    pages += 1;
    cursor = page.nextCursor;
  } while (cursor);
  return { contacts, pages };
}

/**
 * Imports `rows`-row files for new filler members until they add `contacts` contacts, through the
 * app's import (dry run, then commit: the event store's and projections' bulk paths). Returns how
 * many contacts were added and how long it took.
 */
async function seed(service: ContactsTestApp, contacts: number, firstFiller: number) {
  let added = 0;
  let filler = firstFiller;
  const begin = performance.now();
  while (added < contacts) {
    const member: Caller = { id: `member-filler-${filler++}`, role: 'member' };
    // A file of n rows repeats a row every 500, so it adds a few fewer than n: ask for a margin.
    const rows = Math.min(FILLER_ROWS, Math.ceil((contacts - added) * 1.01) + 1);
    const dry = await importFile(service, member, connectionsCsv(rows));
    const committed = await commitImport(service, member, dry.importId);
    added += committed.result?.added ?? 0;
  }
  return { added, fillers: filler - firstFiller, ms: performance.now() - begin };
}

/** Times full listings of MEMBER: up to SAMPLES, or fewer once the budget is spent. */
async function sample(service: ContactsTestApp) {
  for (let i = 0; i < 5; i++) await listAll(service, MEMBER);
  const times: number[] = [];
  const requests: number[] = [];
  let pages = 0;
  const begin = performance.now();
  while (
    times.length < SAMPLES &&
    (times.length < MIN_SAMPLES || performance.now() - begin < SAMPLING_BUDGET_MS)
  ) {
    const start = performance.now();
    const listed = await listAll(service, MEMBER, requests);
    times.push(performance.now() - start);
    pages = listed.pages;
    if (listed.contacts !== MEMBER_CONTACTS)
      throw new Error(`listed ${listed.contacts} contacts, expected ${MEMBER_CONTACTS}`);
  }
  return {
    sorted: times.sort((a, b) => a - b),
    requests: requests.sort((a, b) => a - b),
    pages,
    // The machine is shared: the one-minute load average when sampling ended says how much.
    load: loadavg()[0] ?? 0,
  };
}

/** The listing measurement: one row per tenant size. */
export async function listContacts(env: BenchEnv): Promise<ResultRow[]> {
  const service = await startContactsApp(benchIsolation(env, 'contacts_list'));
  const results: ResultRow[] = [];
  try {
    const own = await importFile(service, MEMBER, connectionsCsv(MEMBER_CONTACTS));
    const mine = (await commitImport(service, MEMBER, own.importId)).result?.added ?? 0;
    if (mine !== MEMBER_CONTACTS) throw new Error(`the member got ${mine} contacts`);
    let tenant = mine;
    let fillers = 0;
    for (const size of TENANT_SIZES) {
      // BENCH_SCALE shrinks the tenant for a quick check; the metric names keep the full size.
      const target = scaled(size, MEMBER_CONTACTS + 100);
      const seeded = await seed(service, target - tenant, fillers);
      tenant += seeded.added;
      fillers += seeded.fillers;
      progress(
        `list: tenant holds ${tenant} contacts (${seeded.added} seeded in ` +
          `${(seeded.ms / 1000).toFixed(0)} s, ${((seeded.added * 1000) / seeded.ms).toFixed(0)}/s)`,
      );
      const { sorted, requests, pages, load } = await sample(service);
      const p99 = percentile(sorted, 99);
      progress(
        `list at ${tenant}: p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
      );
      results.push({
        metric: `list a member's 500 contacts (p99), tenant of ${size.toLocaleString('en-US')}`,
        unit: 'ms',
        value: p99,
        baseline: null,
        ratio: null,
        goal: `p99 < ${GOAL_MS} ms`,
        met: p99 < GOAL_MS,
        notes:
          `${sorted.length} listings after 5 warm-ups, each every page of ${PAGE} (${pages} requests) ` +
          `through GET /members/:id/contacts, injected into Fastify; p50 ` +
          `${percentile(sorted, 50).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms; ` +
          `one page request: p50 ${percentile(requests, 50).toFixed(1)} ms, p99 ` +
          `${percentile(requests, 99).toFixed(1)} ms; served from the member's list snapshot ` +
          `(head, generation and one deflated document by _id; see bench/README.md); load average ` +
          `${load.toFixed(1)} on ${cpus().length} CPUs when sampling ended (shared machine); ` +
          `the tenant held ${tenant} contacts: the member's ${MEMBER_CONTACTS} and ${tenant - mine} ` +
          `of ${fillers} other members (up to ${FILLER_ROWS} each), seeded by the app's import ` +
          `(dry run + commit) at ${((seeded.added * 1000) / seeded.ms).toFixed(0)} contacts/s`,
      });
    }
  } finally {
    await service.close();
  }
  return results;
}
