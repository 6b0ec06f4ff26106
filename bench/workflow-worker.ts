// The Temporal worker of the workflows bench, in a child process of its own so that its RSS is the
// worker's alone and its CPU is not the client's. The parent drives it over IPC (status, memory
// sample, stop); `startWorkflowWorker` forks this same file.
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { serverAddresses } from '@rapport/platform';
import type { RelationshipActivities } from '../workflows/relationship/src/activities/relationship.activities';
import { RELATIONSHIP_BUNDLER_OPTIONS } from '../workflows/relationship/src/workflow-bundle';

/**
 * The options the relationship worker passes to `Worker.create` (workflows/relationship/src/
 * worker.main.ts), copied: that file runs the worker when imported. `workerSettingsDrift` says
 * when the two part.
 */
export const WORKER_SETTINGS = {
  reuseV8Context: true,
  maxCachedWorkflows: 1_000,
  maxConcurrentWorkflowTaskExecutions: 40,
  maxConcurrentActivityTaskExecutions: 20,
} as const;

const WORKER_MAIN = path.join(__dirname, '../workflows/relationship/src/worker.main.ts');

/** The settings whose `name: value` no longer appears in worker.main.ts (empty when in step). */
export function workerSettingsDrift(): string[] {
  const source = readFileSync(WORKER_MAIN, 'utf8').replace(/_/g, '');
  return Object.entries(WORKER_SETTINGS)
    .filter(([name, value]) => !new RegExp(`\\b${name}:\\s*${String(value)}\\b`).test(source))
    .map(([name, value]) => `${name}: ${String(value)}`);
}

export interface WorkerStatusReply {
  cached: number;
  inFlightActivations: number;
  state: string;
}

export interface MemorySample {
  /** Median RSS of a few samples taken after GC and a pause, bytes. */
  rss: number;
  /** The main thread's V8 heap in use (the workflows live in a worker thread's heap). */
  heapUsed: number;
  /** Whether global.gc was available (node --expose-gc). */
  gc: boolean;
}

type Request = { id: number } & ({ kind: 'status' } | { kind: 'memory' } | { kind: 'stop' });
type Reply = { id: number } & (
  | { kind: 'status'; status: WorkerStatusReply }
  | { kind: 'memory'; sample: MemorySample }
  | { kind: 'stopped' }
  | { kind: 'error'; message: string }
);

/** The parent's handle on a worker process. */
export class WorkflowWorkerProcess {
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (reply: Reply) => void; reject: (e: Error) => void }
  >();
  private exited = false;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: Reply | { kind: 'ready' }) => {
      if (!('id' in message)) return;
      const pending = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.kind === 'error') pending?.reject(new Error(`worker: ${message.message}`));
      else pending?.resolve(message);
    });
    child.on('exit', (code, signal) => {
      this.exited = true;
      for (const pending of this.waiting.values())
        pending.reject(new Error(`worker process exited (${code ?? signal})`));
      this.waiting.clear();
    });
  }

  /** Forks a worker polling `taskQueue` with the relationship worker's settings. */
  static async start(
    taskQueue: string,
    maxCachedWorkflows: number,
  ): Promise<WorkflowWorkerProcess> {
    const execArgv = process.execArgv.includes('--expose-gc')
      ? process.execArgv
      : [...process.execArgv, '--expose-gc'];
    const child = fork(__filename, [], {
      execArgv,
      env: {
        ...process.env,
        BENCH_WORKER_TASK_QUEUE: taskQueue,
        BENCH_WORKER_MAX_CACHED: String(maxCachedWorkflows),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const handle = new WorkflowWorkerProcess(child);
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: { kind?: string; message?: string }) => {
        if (message.kind === 'ready') resolve();
        if (message.kind === 'failed') reject(new Error(`worker failed: ${message.message}`));
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`worker process exited (${code})`)));
    });
    return handle;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private ask(kind: Request['kind']): Promise<Reply> {
    if (this.exited) return Promise.reject(new Error('worker process has exited'));
    const id = ++this.nextId;
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, kind } satisfies Request);
    });
  }

  async status(): Promise<WorkerStatusReply> {
    const reply = await this.ask('status');
    if (reply.kind !== 'status') throw new Error(`unexpected reply ${reply.kind}`);
    return reply.status;
  }

  async memory(): Promise<MemorySample> {
    const reply = await this.ask('memory');
    if (reply.kind !== 'memory') throw new Error(`unexpected reply ${reply.kind}`);
    return reply.sample;
  }

  /** Shuts the worker down gracefully; kills this child if it has not exited after 30 s. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await Promise.race([this.ask('stop').catch(() => undefined), delay(30_000)]);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
}

const noActivity = () => Promise.resolve();
/** Registered so the worker is complete; no timer of a fresh relationship fires during a bench. */
const activities: RelationshipActivities = {
  raiseFollowUpDue: noActivity,
  markUnresponsive: noActivity,
  raiseSecondContactDue: noActivity,
  raiseInterviewReminderDue: noActivity,
  raiseThankYouDue: noActivity,
  raiseKeepInTouchDue: noActivity,
  // No institution policy in a bench: every relationship runs on the defaults.
  currentInstitutionPolicy: () => Promise.resolve(null),
};

async function sampleMemory(): Promise<MemorySample> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await delay(300);
  }
  // The workflow thread's heap cannot be collected from here; give V8's idle-time collection a
  // moment, then take the median of a few samples.
  await delay(2_000);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(process.memoryUsage.rss());
    await delay(200);
  }
  samples.sort((a, b) => a - b);
  return {
    rss: samples[2] as number,
    heapUsed: process.memoryUsage().heapUsed,
    gc: gc !== undefined,
  };
}

async function workerMain(): Promise<void> {
  const send = (message: object) => process.send?.(message);
  const taskQueue = process.env['BENCH_WORKER_TASK_QUEUE'];
  const maxCached = Number(process.env['BENCH_WORKER_MAX_CACHED']);
  if (!taskQueue || !Number.isInteger(maxCached)) throw new Error('started without its settings');
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const servers = serverAddresses();
  const connection = await NativeConnection.connect({ address: servers.temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: servers.temporalNamespace,
    taskQueue,
    workflowsPath: require.resolve('./workflows'),
    // The relationship worker's own bundler options (its policy module preloaded).
    bundlerOptions: RELATIONSHIP_BUNDLER_OPTIONS,
    activities,
    ...WORKER_SETTINGS,
    maxCachedWorkflows: maxCached,
  });
  const running = worker.run();
  running.catch((error: unknown) => {
    send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
  process.on('message', (request: Request) => {
    const answer = async (): Promise<Reply> => {
      switch (request.kind) {
        case 'status': {
          const status = worker.getStatus();
          return {
            id: request.id,
            kind: 'status',
            status: {
              cached: status.numCachedWorkflows,
              inFlightActivations: status.numInFlightWorkflowActivations,
              state: status.runState,
            },
          };
        }
        case 'memory':
          return { id: request.id, kind: 'memory', sample: await sampleMemory() };
        case 'stop':
          worker.shutdown();
          await running;
          await connection.close();
          return { id: request.id, kind: 'stopped' };
      }
    };
    answer().then(
      (reply) => {
        if (reply.kind === 'stopped') process.send?.(reply, () => process.exit(0));
        else send(reply);
      },
      (error: unknown) =>
        send({
          id: request.id,
          kind: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  });
  // The parent gone means nobody will stop this worker: stop it here.
  process.on('disconnect', () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
  });
  // Wait for the bundle and the first poll before saying ready.
  while (worker.getState() !== 'RUNNING') await delay(50);
  send({ kind: 'ready' });
}

if (require.main === module) {
  workerMain().catch((error: unknown) => {
    process.send?.({
      kind: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exit(1);
  });
}
