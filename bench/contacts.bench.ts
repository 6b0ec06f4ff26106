import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  type Caller,
  type ContactsTestApp,
  startContactsApp,
} from '../services/contacts/src/testing/contacts-test-app';
import { benchMain } from './bench-runner';
import {
  type BenchEnv,
  benchIsolation,
  perSecond,
  progress,
  type ResultRow,
  timed,
} from './support';

/**
 * A member imports LinkedIn's Connections.csv of 10,000 rows through the real contacts app (its
 * Nest module, HTTP pipeline and problem mapping; requests injected into Fastify, no socket), on a
 * database of its own. The commit is set against a raw `insertMany` of as many plain documents,
 * made on the same server in the same run. See bench/README.md.
 *
 *   npm run bench:contacts
 *
 * The app needs decorator metadata (Nest resolves constructor parameters from it), which tsx's
 * esbuild does not emit, so this bench runs under @swc-node/register, the compiler Jest uses.
 */
const ROWS = 10_000;
/** Every this many rows, an earlier row again: the duplicates the dry run must find. */
const REPEAT_EVERY = 500;
const COMMIT_GOAL_MS = 10_000;
const MEMBER: Caller = { id: 'member-bench', role: 'member' };
/** Warms the app and the server up with a file of its own, so MEMBER starts with no contacts. */
const WARM_UP_MEMBER: Caller = { id: 'member-warm-up', role: 'member' };

const GIVEN =
  'Ada José Zoë Søren Łukasz Chloé Jürgen Siobhán Amélie Mohammed Wei Priya Olga Kwame Ana-María François Núria Björn Aoife Mateus Yuki Fatima Grace Alan Katherine Dorothy Emmy Sofia Hermann Ines Tomás Małgorzata Ngozi Arjun Leila Pierre Hana Rui Elif Oskar'.split(
    ' ',
  );
const FAMILY =
  "Lovelace Müller García-Márquez O'Brien Nowak Ørsted Dvořák Nguyễn Kowalczyk Papadopoulos Smith Johansson van-der-Berg Ó-Súilleabháin Rossi Yılmaz Schäfer Chen Okafor Fernández Hopper Turing Johnson Vaughan Noether Kovalevskaya Weyl Costa Mendes Singh Haddad Dubois Tanaka Silva Demir Lindqvist Brown Wójcik Adeyemi Ivanova"
    .split(' ')
    .map((name) => name.replace(/-/g, ' '));
const COMPANIES = [
  'Acme, Inc.',
  'Globex',
  'Initech',
  'Umbrella Corp',
  'Société Générale',
  'Siemens AG',
  'Universidad de Sevilla',
  'NHS England',
  'Zalando SE',
  'Deloitte',
  'Stripe',
  'Novo Nordisk',
  'Banco Santander',
  'Spotify',
  'Wellcome Trust',
  'ETH Zürich',
  'Doctors Without Borders',
  'McKinsey & Company',
  'Shopify',
  'Bosch',
  'Infosys',
  'Mercado Libre',
  'Rakuten',
  'Ørsted A/S',
  'University of Cape Town',
  'Airbus',
  'The Guardian',
  'UNICEF',
  'Datadog',
  '',
];
const POSITIONS = [
  'Software Engineer',
  'Product Manager, Payments',
  'Data Scientist',
  'Consultant',
  'Research Fellow',
  'Head of Talent',
  'Senior Associate',
  'Analyst',
  'Policy Adviser',
  'Engineering Manager',
  'Founder & CEO',
  'PhD Candidate',
  'Nurse Practitioner',
  '"Chief" of Staff',
  'Teaching Assistant',
  'Recruiter',
  'Designer (UX, UI)',
  'Intern',
  '',
];
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** A small deterministic generator, so every run imports the very same file. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ascii = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
const csvCell = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * Connections.csv as LinkedIn writes it: notes, a blank line, the header, then one row per
 * connection. Name and company come from a permutation of all combinations, so no two people
 * share name and company by accident; ~70% have an email, as members' exports do.
 */
function connectionsCsv(rows: number): string {
  const random = mulberry32(2024);
  const combinations = GIVEN.length * FAMILY.length * COMPANIES.length;
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const people: string[] = [];
  for (let i = 0; i < rows; i++) {
    if (i > 0 && i % REPEAT_EVERY === 0) {
      people.push(people[Math.floor(random() * people.length)] ?? '');
      continue;
    }
    const pick = (i * 7919) % combinations; // 7919 is prime, so i → pick is one-to-one
    const given = GIVEN[pick % GIVEN.length] ?? '';
    const family = FAMILY[Math.floor(pick / GIVEN.length) % FAMILY.length] ?? '';
    const company = COMPANIES[Math.floor(pick / (GIVEN.length * FAMILY.length))] ?? '';
    const handle = `${ascii(given)}-${ascii(family)}-${i.toString(36)}`;
    const email =
      random() < 0.7 ? `${ascii(given)}.${ascii(family)}.${i.toString(36)}@mail.example` : '';
    const position = POSITIONS[Math.floor(random() * POSITIONS.length)] ?? '';
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const connected = `${day} ${MONTHS[Math.floor(random() * 12)]} ${2010 + Math.floor(random() * 16)}`;
    const cells = [
      given,
      family,
      `https://www.linkedin.com/in/${handle}`,
      email,
      company,
      position,
      connected,
    ];
    people.push(cells.map(csvCell).join(','));
  }
  return [...lines, ...people].join('\r\n') + '\r\n';
}

interface ImportView {
  importId: string;
  summary: { rows: number; new: number; duplicate: number; invalid: number };
  result: { added: number; duplicateSinceDryRun: number } | null;
}

async function importFile(
  service: ContactsTestApp,
  member: Caller,
  file: string,
): Promise<ImportView> {
  const reply = await service
    .as(member)
    .send('POST', `/members/${member.id}/contact-imports?format=linkedin`, {
      body: file,
      contentType: 'text/csv',
    });
  if (reply.status !== 201)
    throw new Error(`dry run answered ${reply.status}: ${reply.body.slice(0, 500)}`);
  return reply.json<ImportView>();
}

async function commitImport(
  service: ContactsTestApp,
  member: Caller,
  importId: string,
): Promise<ImportView> {
  const reply = await service
    .as(member)
    .send('POST', `/members/${member.id}/contact-imports/${importId}/commit`);
  if (reply.status !== 200)
    throw new Error(`commit answered ${reply.status}: ${reply.body.slice(0, 500)}`);
  return reply.json<ImportView>();
}

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
  const file = connectionsCsv(ROWS);
  const service = await startContactsApp(benchIsolation(env, 'contacts'));
  try {
    progress('warm-up: a 20-row import');
    const warm = await importFile(service, WARM_UP_MEMBER, connectionsCsv(20));
    await commitImport(service, WARM_UP_MEMBER, warm.importId);

    progress(`dry run of ${ROWS} rows (${(Buffer.byteLength(file) / 2 ** 20).toFixed(2)} MiB)…`);
    const memory = rssGrowth();
    let start = performance.now();
    const dry = await importFile(service, MEMBER, file);
    const dryMs = performance.now() - start;
    const { summary } = dry;
    const repeats = Math.floor((ROWS - 1) / REPEAT_EVERY);
    if (summary.invalid !== 0 || summary.duplicate !== repeats)
      throw new Error(`unexpected dry run summary ${JSON.stringify(summary)}`);
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
    const written = await documentsWritten(service);

    progress(`raw baseline: insertMany of ${added} documents…`);
    const rawMs = await rawInsert(env, added);

    const sizes = `${ROWS} rows (${summary.new} new, ${summary.duplicate} duplicate), ${(Buffer.byteLength(file) / 2 ** 20).toFixed(2)} MiB`;
    return [
      {
        metric: 'import dry run (LinkedIn, 10,000 rows)',
        unit: 'ms',
        value: dryMs,
        baseline: null,
        ratio: null,
        goal: null,
        met: true,
        notes: `informational; ${perSecond(ROWS, dryMs).toFixed(0)} rows/s; ${sizes}: parse, validate, match against the member's keys, store the plan (row chunks of 1,000), answer every row`,
      },
      {
        metric: 'import commit',
        unit: 'ms',
        value: commitMs,
        baseline: rawMs,
        ratio: rawMs / commitMs,
        goal: `commit < ${COMMIT_GOAL_MS.toLocaleString('en-US')} ms`,
        met: commitMs < COMMIT_GOAL_MS,
        notes: `${perSecond(added, commitMs).toFixed(0)} contacts/s; ${added} contacts added (${written} documents in the app's collections after it, the warm-up's included); raw = one insertMany of ${added} plain contact documents into an unindexed scratch collection; ratio = raw ms / commit ms; the commit only inserts (events, outbox intents and one commit marker per 500 streams, de-duplication keys, two read models), so on FerretDB its floor is the per-document insert cost times about six documents per contact`,
      },
      {
        metric: 'import end to end',
        unit: 'rows/s',
        value: perSecond(ROWS, dryMs + commitMs),
        baseline: null,
        ratio: null,
        goal: null,
        met: true,
        notes: `informational; dry run + commit of ${sizes}`,
      },
      {
        metric: 'peak RSS growth during the import',
        unit: 'MiB',
        value: rss.mib,
        baseline: null,
        ratio: null,
        goal: null,
        met: true,
        notes: `informational; the bench process holds the app and the client (the file, both JSON answers of ${ROWS} rows); peak from ${rss.from}, minus RSS before the dry run`,
      },
    ];
  } finally {
    await service.close();
  }
}

/** Documents in each collection of the app's database, e.g. "events 10001, contact_keys 23456". */
async function documentsWritten(service: ContactsTestApp): Promise<string> {
  const names = ['events', 'events_outbox', 'contact_keys', 'contact_list', 'referral_graph'];
  const counts = await Promise.all(
    names.map((name) => service.db.collection(name).countDocuments()),
  );
  return names.map((name, i) => `${name} ${counts[i] ?? 0}`).join(', ');
}

/** One insertMany of `count` documents shaped like a contact list entry, nothing else. */
async function rawInsert(env: BenchEnv, count: number): Promise<number> {
  const scratch = (await env.db('raw')).collection<{ _id: string } & Record<string, unknown>>(
    'contacts',
  );
  const docs = Array.from({ length: count }, (_, i) => ({
    _id: randomUUID(),
    tenantId: 'uni-a',
    memberId: MEMBER.id,
    givenName: GIVEN[i % GIVEN.length],
    familyName: FAMILY[i % FAMILY.length],
    email: `person.${i}@mail.example`,
    linkedinUrl: `https://www.linkedin.com/in/person-${i}`,
    organisation: COMPANIES[i % COMPANIES.length],
    role: POSITIONS[i % POSITIONS.length],
    addedAt: new Date(),
  }));
  return timed(async () => void (await scratch.insertMany(docs)));
}

benchMain('contacts', { import: measure });
