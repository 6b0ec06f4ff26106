import { Client, Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { NativeConnection, Runtime, DefaultLogger, Worker } from '@temporalio/worker';
import { isolateSuite } from '../isolation';
import { pollUntil } from '../poll';
import { testServers } from '../servers';
import { nudgeSignal, stateQuery, timerOrSignal } from './timer-or-signal.workflow';

Runtime.install({ logger: new DefaultLogger('WARN') });

const workflowsPath = require.resolve('./timer-or-signal.workflow');

// Proves the Temporal servers really work from the TypeScript SDK.
describe('Temporal dev server (real) from the TypeScript SDK', () => {
  const suite = isolateSuite('temporal-smoke');
  const servers = testServers();
  let connection: Connection;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;

  beforeAll(async () => {
    connection = await Connection.connect({ address: servers.temporalAddress });
    client = new Client({ connection, namespace: servers.temporalNamespace });
    worker = await Worker.create({
      connection: await NativeConnection.connect({ address: servers.temporalAddress }),
      namespace: servers.temporalNamespace,
      taskQueue: suite.taskQueue,
      workflowsPath,
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker.shutdown();
    await running;
    await connection.close();
  });

  it('runs a workflow that waits on a timer, answers a query, and completes on a signal', async () => {
    const handle = await client.workflow.start(timerOrSignal, {
      taskQueue: suite.taskQueue,
      workflowId: suite.workflowId('signal'),
      args: ['30 days'],
    });
    // The query is answered by the worker once the first workflow task has run.
    const waiting = await pollUntil('the workflow to answer its query', async () =>
      handle.query(stateQuery),
    );
    expect(waiting).toEqual({ stage: 'waiting' });

    await handle.signal(nudgeSignal, 'member-42');
    await expect(handle.result()).resolves.toEqual({
      stage: 'signalled',
      signalledBy: 'member-42',
    });
    const description = await handle.describe();
    expect(description.status.name).toBe('COMPLETED');
  });
});

describe('Temporal time-skipping test server (real, Java) from the TypeScript SDK', () => {
  const suite = isolateSuite('temporal-skip');
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testServers().temporalTestServer } },
    });
  });

  afterAll(async () => {
    await env?.teardown();
  });

  it('fires a 14-day timer without waiting 14 days', async () => {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: suite.taskQueue,
      workflowsPath,
    });
    const before = await env.currentTimeMs();
    const result = await worker.runUntil(
      env.client.workflow.execute(timerOrSignal, {
        taskQueue: suite.taskQueue,
        workflowId: suite.workflowId('timer'),
        args: ['14 days'],
      }),
    );
    expect(result).toEqual({ stage: 'timed-out' });
    const skippedMs = (await env.currentTimeMs()) - before;
    expect(skippedMs).toBeGreaterThanOrEqual(14 * 24 * 3600 * 1000);
  });
});
