import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type CommandStartedEvent, type CommandSucceededEvent, MongoClient } from 'mongodb';
import { EventStore } from '@rapport/eventstore';
import { ContactImports } from '../services/contacts/src/import-contacts/contact-imports';
import { ContactProjections } from '../services/contacts/src/projections/contact-projections';
import { ContactKeys } from '../services/contacts/src/shared/contact-keys';
import { type Caller, startContactsApp } from '../services/contacts/src/testing/contacts-test-app';
import { commitImport, connectionsCsv, importFile } from './contacts-csv';
import { BenchEnv, benchIsolation, progress, scaled } from './support';
import { snapshot, writeRaw, writtenBetween } from './written-documents';

/**
 * Where a 10,000-row import commit spends its time: wall time per phase of the commit (the
 * methods it calls, wrapped here), database commands and the documents in them per collection,
 * and CPU seconds of this process and of FerretDB over the commit. Not a results-writing bench:
 * it explains `npm run bench:contacts -- import`, whose numbers move with the machine's load,
 * where command counts and CPU seconds move far less.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/contacts-import-profile.ts
 */
const MEMBER: Caller = { id: 'member-profile', role: 'member' };
const WARM_UP: Caller = { id: 'member-warm-up', role: 'member' };

/** FerretDB's CPU seconds so far, from its pid file (undefined when it is not ours to read). */
function ferretCpuSeconds(): number | undefined {
  try {
    // FERRETDB_PID names a FerretDB of one's own (RAPPORT_MONGO_URL pointing at it), whose CPU
    // time then counts this run alone; the shared one serves every other process too.
    const pidFile = path.join(__dirname, '..', '.rapport', 'run', 'ferretdb.pid');
    const pid = process.env['FERRETDB_PID'] ?? readFileSync(pidFile, 'utf8').trim().split(/\s+/)[0];
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5); 12 and 13 after the name and state.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Wall milliseconds and calls of each wrapped method, while `on`. */
const phases = new Map<string, { ms: number; calls: number; ferret: number }>();
let on = false;
function wrap(owner: object, method: string, label: string): void {
  const proto = owner as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const original = proto[method];
  if (!original) throw new Error(`no method ${method} to wrap`);
  proto[method] = async function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    const ferretStart = ferretCpuSeconds() ?? 0;
    try {
      return await original.apply(this, args);
    } finally {
      if (on) {
        const entry = phases.get(label) ?? { ms: 0, calls: 0, ferret: 0 };
        entry.ms += performance.now() - start;
        entry.calls += 1;
        entry.ferret += (ferretCpuSeconds() ?? 0) - ferretStart;
        phases.set(label, entry);
      }
    }
  };
}

wrap(ContactImports.prototype, 'withRows', 'read the plan (withRows)');
wrap(ContactKeys.prototype, 'reserveMany', 'reserve keys (reserveMany)');
wrap(EventStore.prototype, 'startStreams', 'events + outbox (startStreams)');
wrap(ContactProjections.prototype, 'applyToNewStreams', 'read models (applyToNewStreams)');
wrap(ContactImports.prototype, 'apply', 'apply (all of the above but the plan)');

async function main(): Promise<void> {
  const env = new BenchEnv();
  const client = await new MongoClient(env.servers.mongoUrl, { monitorCommands: true }).connect();
  const dbName = `bench_${env.runId}_contacts`;
  const isolation = {
    ...benchIsolation(env, 'contacts'),
    db: () => Promise.resolve(client.db(dbName)),
  };
  const commands = new Map<string, { count: number; docs: number; ms: number }>();
  const started = new Map<number, { key: string; at: number }>();
  client.on('commandStarted', (event: CommandStartedEvent) => {
    if (!on || event.databaseName !== dbName) return;
    const target = event.command[event.commandName] as unknown;
    const key = `${typeof target === 'string' ? target : '-'} ${event.commandName}`;
    const docs = ['documents', 'updates', 'deletes']
      .map((field) => event.command[field] as unknown)
      .reduce<number>((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
    const entry = commands.get(key) ?? { count: 0, docs: 0, ms: 0 };
    entry.count += 1;
    entry.docs += docs;
    commands.set(key, entry);
    started.set(event.requestId, { key, at: performance.now() });
  });
  client.on('commandSucceeded', (event: CommandSucceededEvent) => {
    const start = started.get(event.requestId);
    if (!start) return;
    started.delete(event.requestId);
    commands.get(start.key)!.ms += performance.now() - start.at;
  });
  const service = await startContactsApp(isolation);
  try {
    await commitImport(
      service,
      WARM_UP,
      (await importFile(service, WARM_UP, connectionsCsv(20))).importId,
    );
    const rows = scaled(10_000, 100);
    const dry = await importFile(service, MEMBER, connectionsCsv(rows));
    progress(
      `commit of ${dry.summary.new} rows (load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`,
    );
    // PROFILE_RAW=0 leaves the raw baseline (and the two reads of the database it needs) out.
    const withRaw = process.env['PROFILE_RAW'] !== '0';
    const before = withRaw ? await snapshot(client.db(dbName)) : undefined;
    const ferretBefore = ferretCpuSeconds();
    const cpuBefore = cpuSeconds();
    // CPU_PROFILE=<file>: a V8 CPU profile of this process over the commit alone.
    const profileTo = process.env['CPU_PROFILE'];
    const inspector = new Session();
    if (profileTo) {
      inspector.connect();
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.start');
    }
    on = true;
    const start = performance.now();
    await commitImport(service, MEMBER, dry.importId);
    const ms = performance.now() - start;
    on = false;
    if (profileTo) {
      const { profile } = await inspector.post('Profiler.stop');
      writeFileSync(profileTo, JSON.stringify(profile));
      inspector.disconnect();
    }
    const ferretAfter = ferretCpuSeconds();
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(`commit ${ms.toFixed(0)} ms; load ${load}`);
    console.log(`  this process CPU ${(cpuSeconds() - cpuBefore).toFixed(2)} s`);
    if (ferretBefore !== undefined && ferretAfter !== undefined)
      console.log(`  FerretDB CPU ${(ferretAfter - ferretBefore).toFixed(2)} s`);
    if (before) {
      const written = writtenBetween(before, await snapshot(client.db(dbName)));
      const rawDb = client.db(`${dbName}_raw`);
      const rawFerret = ferretCpuSeconds() ?? 0;
      const rawMs = await writeRaw(client.db(dbName), rawDb, written);
      console.log(
        `raw baseline (${written.documents} documents) ${rawMs.toFixed(0)} ms, FerretDB CPU ${((ferretCpuSeconds() ?? 0) - rawFerret).toFixed(2)} s`,
      );
      await rawDb.dropDatabase();
    }
    console.log('phases (wall ms, FerretDB CPU s, calls):');
    for (const [label, { ms: phaseMs, calls, ferret }] of phases)
      console.log(
        `  ${label.padEnd(40)} ${phaseMs.toFixed(0).padStart(7)} ${ferret.toFixed(2).padStart(6)}  ${calls}`,
      );
    console.log('commands (count, documents, summed wall ms):');
    for (const [key, entry] of [...commands].sort((a, b) => b[1].ms - a[1].ms))
      console.log(
        `  ${key.padEnd(40)} ${String(entry.count).padStart(6)} ${String(entry.docs).padStart(7)} ${entry.ms.toFixed(0).padStart(8)}`,
      );
  } finally {
    await service.close();
    await client.db(dbName).dropDatabase();
    await client.close();
    await env.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
