import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { RELATIONSHIP_SEARCH_ATTRIBUTES, type RelationshipStage } from '@rapport/contracts';
import { serverAddresses } from '@rapport/platform';
import { isolateSuite, pollUntil } from '@rapport/testing';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { institutionCallers, type Send } from '../institutions/testing/institution-callers';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import type { FailingRun, StageCounts } from './relationship-visibility';
import { endSignal, relationshipLifecycle } from './testing/stand-in-relationship.workflow';

Runtime.install({ logger: new DefaultLogger('WARN') });

const TENANT = defineSearchAttributeKey(
  RELATIONSHIP_SEARCH_ATTRIBUTES.tenant,
  SearchAttributeType.KEYWORD,
);
const STAGE = defineSearchAttributeKey(
  RELATIONSHIP_SEARCH_ATTRIBUTES.stage,
  SearchAttributeType.KEYWORD,
);
const UI = 'http://temporal-ui.test:8080';

/**
 * The operators' workflow routes against the real Temporal dev server (its SQLite visibility):
 * relationships of this suite's own tenant, counted per stage and listed when they failed.
 * Visibility is eventually consistent, so every read polls with a deadline.
 */
describe('relationship workflows for operators', () => {
  const suite = isolateSuite('gateway-ops-workflows');
  // A tenant of this run only, so the counts are exactly what this suite started.
  const tenant = `ops-wf-${suite.id
    .slice(-8)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;
  let gateway: GatewayProcess;
  let client: Client;
  let connection: Connection;
  let worker: Worker;
  let running: Promise<void>;
  let operator: Send;
  const handles: WorkflowHandle[] = [];

  const start = async (name: string, stage: RelationshipStage) => {
    const handle = await client.workflow.start(relationshipLifecycle, {
      taskQueue: suite.taskQueue,
      workflowId: suite.workflowId(name),
      typedSearchAttributes: [
        { key: TENANT, value: tenant },
        { key: STAGE, value: stage },
      ],
    });
    handles.push(handle);
    return handle;
  };

  beforeAll(async () => {
    const servers = serverAddresses();
    connection = await Connection.connect({ address: servers.temporalAddress });
    client = new Client({ connection, namespace: servers.temporalNamespace });
    // What the relationship worker does at its start (ALREADY_EXISTS when it did).
    for (const name of Object.values(RELATIONSHIP_SEARCH_ATTRIBUTES)) {
      await client.connection.operatorService
        .addSearchAttributes({
          namespace: servers.temporalNamespace,
          searchAttributes: { [name]: 2 },
        })
        .catch((error: { code?: number }) => {
          if (error.code !== 6) throw error;
        });
    }
    const workerConnection = await NativeConnection.connect({ address: servers.temporalAddress });
    [worker, gateway] = await Promise.all([
      Worker.create({
        connection: workerConnection,
        namespace: servers.temporalNamespace,
        taskQueue: suite.taskQueue,
        workflowsPath: require.resolve('./testing/stand-in-relationship.workflow'),
      }),
      startGatewayProcess({ database: suite.dbName, env: { RAPPORT_TEMPORAL_UI_URL: UI } }),
    ]);
    running = worker.run();
    operator = institutionCallers(gateway)(DEMO_TENANT_ID, 'olga', 'operator');
  }, 120_000);

  afterAll(async () => {
    // Runs still waiting complete normally, so they leave no failure behind them.
    await Promise.all(handles.map((handle) => handle.signal(endSignal, {}).catch(() => undefined)));
    worker?.shutdown();
    await running;
    await connection?.close();
    await gateway?.stop();
    await suite.cleanup();
  });

  it('counts running relationships per stage, for one tenant and platform-wide', async () => {
    await Promise.all([
      start('a1', 'awaiting-reply'),
      start('a2', 'awaiting-reply'),
      start('p1', 'paused'),
      start('k1', 'keeping-in-touch'),
    ]);
    const counts = await pollUntil('the four runs to be visible', async () => {
      const reply = await operator('GET', `/v1/ops/workflows?tenant=${tenant}`);
      const body = reply.body as StageCounts & { tenant: string };
      const total = Object.values(body.stages ?? {}).reduce((sum, n) => sum + n, 0);
      return reply.status === 200 && total === 4 ? body : undefined;
    });
    expect(counts.tenant).toBe(tenant);
    expect(counts.stages).toMatchObject({
      'awaiting-reply': 2,
      paused: 1,
      'keeping-in-touch': 1,
      prepared: 0,
      closed: 0,
    });
    expect(counts.withoutStage).toBe(0);

    const everyone = await operator('GET', '/v1/ops/workflows');
    expect(everyone.status).toBe(200);
    const platform = everyone.body as StageCounts & { tenant: null };
    expect(platform.tenant).toBeNull();
    expect(platform.stages['awaiting-reply']).toBeGreaterThanOrEqual(2);
  });

  it('lists failed and terminated runs with their message, tenant, stage and UI link', async () => {
    const failing = await start('f1', 'scheduled');
    const ended = await start('t1', 'responded');
    const finished = await start('c1', 'thanked');
    await failing.signal(endSignal, { failure: 'outreach answered 500 for the reminder' });
    await ended.terminate('stuck after a bad deploy');
    await finished.signal(endSignal, {});

    const runs = await pollUntil('the two bad ends to be listed', async () => {
      const reply = await operator('GET', `/v1/ops/workflows/failing?tenant=${tenant}`);
      const body = reply.body as { runs?: FailingRun[] };
      return reply.status === 200 && body.runs?.length === 2 ? body.runs : undefined;
    });
    const byId = new Map(runs.map((run) => [run.workflowId, run]));
    const failed = byId.get(failing.workflowId);
    expect(failed).toMatchObject({
      tenantId: tenant,
      stage: 'scheduled',
      status: 'failed',
      failure: 'outreach answered 500 for the reminder',
    });
    expect(failed?.temporalUiUrl).toBe(
      `${UI}/namespaces/default/workflows/${encodeURIComponent(failing.workflowId)}/${failed?.runId}/history`,
    );
    expect(byId.get(ended.workflowId)).toMatchObject({
      status: 'terminated',
      stage: 'responded',
      failure: 'terminated: stuck after a bad deploy',
    });
    // A completed run is a normal end, not a failure.
    expect(byId.has(finished.workflowId)).toBe(false);
  });

  it('is for operators only', async () => {
    const callers = institutionCallers(gateway);
    // The demo institution's people: a member, their coach and the admin.
    const people = [
      ['ada', 'member'],
      ['cora', 'coach'],
      ['dev', 'admin'],
    ] as const;
    for (const [person, role] of people) {
      const send = callers(DEMO_TENANT_ID, person, role);
      expect((await send('GET', '/v1/ops/workflows')).status).toBe(403);
      expect((await send('GET', `/v1/ops/workflows/failing?tenant=${tenant}`)).status).toBe(403);
    }
    const anonymous = await fetch(`${gateway.url}/v1/ops/workflows`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const bad = await operator('GET', '/v1/ops/workflows?tenant=NOT%20A%20TENANT');
    expect(bad.status).toBe(400);
  });
});
