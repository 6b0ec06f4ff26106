import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pinnedVersion } from '@rapport/testing';
import { BenchEnv, progress, type ResultRow } from './support';

export type Measurement = (env: BenchEnv) => Promise<ResultRow | ResultRow[]>;

function format(value: number | null, digits = 0): string {
  if (value === null) return '—';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function printTable(rows: readonly ResultRow[]): void {
  const header = ['metric', 'unit', 'value', 'baseline', 'ratio', 'goal', 'met'];
  const cells = rows.map((r) => [
    r.metric,
    r.unit,
    format(r.value, r.unit === 'MB' ? 3 : r.unit === 'ms' || r.unit === 'MiB' ? 1 : 0),
    format(r.baseline, r.unit === 'MB' ? 3 : r.unit === 'ms' ? 1 : 0),
    format(r.ratio, 2),
    r.goal ?? '—',
    r.goal === null ? '—' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    `| ${c.map((v, i) => (i >= 2 && i <= 4 ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
  console.log('');
  rows.forEach((r) => console.log(`- ${r.metric}: ${r.notes}`));
}

function machine(env: BenchEnv, seconds: number) {
  const cpuList = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    date: new Date().toISOString(),
    durationSeconds: Math.round(seconds),
    servers: {
      mongo: `FerretDB ${pinnedVersion('FERRETDB_VERSION')} at ${env.servers.mongoUrl}`,
      kafka: `Kafka ${pinnedVersion('KAFKA_VERSION')} at ${env.servers.kafkaBrokers.join(',')}`,
      temporal: `Temporal CLI ${pinnedVersion('TEMPORAL_CLI_VERSION')} dev server at ${env.servers.temporalAddress}`,
    },
  };
}

/**
 * Runs the named measurements (all when none are named on the command line), prints the table and,
 * for a full-size run (no BENCH_SCALE) of all of them without errors, writes
 * `bench/results/<name>.json`. Missed goals are reported, not
 * fatal; the exit code is non-zero only when something failed.
 */
export async function runBench(
  name: string,
  measurements: Readonly<Record<string, Measurement>>,
): Promise<number> {
  const resultsFile = path.join(__dirname, 'results', `${name}.json`);
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((m) => !(m in measurements));
  if (unknown.length > 0) {
    console.error(`unknown measurement(s): ${unknown.join(', ')}`);
    console.error(`known: ${Object.keys(measurements).join(', ')}`);
    return 2;
  }
  const env = new BenchEnv();
  const started = performance.now();
  const rows: ResultRow[] = [];
  const errors: string[] = [];
  progress(
    `run ${env.runId}: mongo ${env.servers.mongoUrl}, kafka ${env.servers.kafkaBrokers.join(',')}`,
  );
  try {
    for (const [measurement, measure] of Object.entries(measurements)) {
      if (wanted.length > 0 && !wanted.includes(measurement)) continue;
      progress(`${measurement}…`);
      try {
        rows.push(...[await measure(env)].flat());
      } catch (error) {
        errors.push(
          `${measurement}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    }
  } finally {
    errors.push(...(await env.close()).map((p) => `cleanup: ${p}`));
  }
  const seconds = (performance.now() - started) / 1000;
  console.log('');
  printTable(rows);
  // A scaled-down run (BENCH_SCALE) only checks that the bench works: its numbers are not results.
  const scaledDown = process.env['BENCH_SCALE'] !== undefined;
  if (wanted.length === 0 && errors.length === 0 && !scaledDown) {
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ machine: machine(env, seconds), rows }, null, 2)}\n`,
    );
    console.log(
      `\nwritten to ${path.relative(process.cwd(), resultsFile)} (${seconds.toFixed(0)} s)`,
    );
  } else {
    console.log(`\nresults file left unchanged (${seconds.toFixed(0)} s)`);
  }
  for (const error of errors) console.error(`error: ${error}`);
  return errors.length > 0 ? 1 : 0;
}

/** The entry point of a bench file. */
export function benchMain(name: string, measurements: Readonly<Record<string, Measurement>>): void {
  runBench(name, measurements).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
