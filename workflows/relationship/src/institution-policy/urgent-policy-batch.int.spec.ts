import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { consumerFrom } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import {
  type ConsumerSpec,
  isolateSuite,
  pollUntil,
  startConsumerSpec,
  testServers,
} from '@rapport/testing';
import type { RelationshipActivities } from '../activities/relationship.activities';
import { relationshipWorkflowId } from '../bridge/outreach-signals';
import { policyChanged, type PolicyFields } from '../testing/institution-policy-events';
import { DEFAULT_POLICY } from '../workflows/policy';
import { dueAfterDays } from '../workflows/policy-time';
import { relationshipLifecycle } from '../workflows/relationship-lifecycle.workflow';
import { outreachSentSignal, relationshipQuery } from '../workflows/signals';
import type { RelationshipView } from '../workflows/state';
import { InstitutionPolicies, institutionPolicyConsumer } from './institution-policy.consumer';
import { ensureTenantSearchAttribute } from './policy-broadcast';
import { runningRelationshipsOf, tenantSearchAttributes } from './tenant-search-attribute';

Runtime.install({ logger: new DefaultLogger('WARN') });

const PER_TENANT = 4;
const nothing = () => Promise.resolve();

// The batch operation and the visibility query need the real server (the time-skipping test
// server has neither), so this spec runs on the dev server in real time: the workflows wait on
// 14-day timers and the assertions read the follow-up each one plans, never waiting for it.
describe('an urgent institution policy reaches every running relationship of the tenant (dev server)', () => {
  const suite = isolateSuite('rel-urgent-policy');
  const servers = testServers();
  const topic = suite.topic('institutions');
  // The dev server outlives the run: tenants unique to this suite keep its query to our workflows.
  const tenantA = `${suite.id}-a`;
  const tenantB = `${suite.id}-b`;
  const started: string[] = [];
  let connection: Connection;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  let spec: ConsumerSpec;
  let policies: InstitutionPolicies;

  const publish = (
    tenantId: string,
    version: number,
    changes: Partial<PolicyFields>,
    urgent: boolean,
  ) =>
    spec.publish(
      topic,
      'rapport.institutions.v1.PolicyChanged',
      policyChanged(tenantId, version, changes, urgent),
      {
        tenantId,
      },
    );
  const kept = (tenantId: string, version: number) =>
    pollUntil(`version ${version} of ${tenantId} kept`, async () =>
      ((await policies.current(tenantId))?.version ?? 0) >= version ? true : undefined,
    );
  const viewOf = (workflowId: string): Promise<RelationshipView> =>
    client.workflow.getHandle(workflowId).query(relationshipQuery);

  /** Starts a relationship the way the bridge does: signalWithStart, tagged with its tenant. */
  async function startRelationship(tenantId: string, n: number, anchor: number) {
    const ids = {
      tenantId,
      relationshipId: `rel-${n}`,
      memberId: `member-${n}`,
      contactId: `contact-${n}`,
    };
    const workflowId = relationshipWorkflowId(tenantId, `${suite.id}-${n}`);
    started.push(workflowId);
    await client.workflow.signalWithStart(relationshipLifecycle, {
      workflowId,
      taskQueue: suite.taskQueue,
      args: [ids],
      typedSearchAttributes: tenantSearchAttributes(tenantId),
      signal: outreachSentSignal,
      signalArgs: [{ sourceEventId: `sent-${n}`, occurredAt: anchor }],
    });
    return workflowId;
  }

  beforeAll(async () => {
    connection = await Connection.connect({ address: servers.temporalAddress });
    client = new Client({ connection, namespace: servers.temporalNamespace });
    await ensureTenantSearchAttribute(client);
    const db = await suite.db();
    policies = new InstitutionPolicies(db, client);
    const activities: RelationshipActivities = {
      raiseFollowUpDue: nothing,
      markUnresponsive: nothing,
      raiseSecondContactDue: nothing,
      raiseInterviewReminderDue: nothing,
      raiseThankYouDue: nothing,
      raiseKeepInTouchDue: nothing,
      currentInstitutionPolicy: (tenantId) => policies.current(tenantId),
    };
    worker = await Worker.create({
      connection: await NativeConnection.connect({ address: servers.temporalAddress }),
      namespace: servers.temporalNamespace,
      taskQueue: suite.taskQueue,
      workflowsPath: require.resolve('../workflows/relationship-lifecycle.workflow'),
      activities,
    });
    running = worker.run();
    spec = await startConsumerSpec(suite, [topic]);
    await spec.start(
      consumerFrom(institutionPolicyConsumer, {
        kafka: suite.kafka(),
        db,
        logger: createLogger('urgent-policy-test', 'warn'),
        dependency: policies,
        groupId: spec.groupId('institution-policies'),
        topics: [topic],
      }),
    );
  });

  afterAll(async () => {
    await spec?.close();
    for (const workflowId of started)
      await client.workflow
        .getHandle(workflowId)
        .terminate('test over')
        .catch(() => undefined);
    worker?.shutdown();
    await running;
    await connection?.close();
    await suite.cleanup();
  });

  it('moves the next follow-up of tenant A’s relationships and of no one else’s', async () => {
    await publish(tenantA, 1, { followUpIntervalDays: 14 }, false);
    await publish(tenantB, 1, { followUpIntervalDays: 14 }, false);
    await kept(tenantA, 1);
    await kept(tenantB, 1);
    const anchor = Date.now();
    const inA: string[] = [];
    const inB: string[] = [];
    for (let n = 0; n < PER_TENANT; n += 1) {
      inA.push(await startRelationship(tenantA, n, anchor));
      inB.push(await startRelationship(tenantB, n, anchor));
    }
    // Real time: the anchor may fall in quiet hours, which push the follow-up to their end.
    const dueAfter = (days: number) => dueAfterDays(anchor, days, DEFAULT_POLICY);
    const planned = (workflowId: string, days: number) =>
      pollUntil(`${workflowId} to plan a follow-up after ${days} days`, async () => {
        const view = await viewOf(workflowId);
        return view.nextDue?.kind === 'follow-up' && view.nextDue.at === dueAfter(days)
          ? view
          : undefined;
      });
    for (const workflowId of [...inA, ...inB]) await planned(workflowId, 14);
    // Visibility is eventually consistent: the batch finds only what the query already lists.
    await pollUntil('tenant A’s relationships listed', async () => {
      const { count } = await client.workflow.count(runningRelationshipsOf(tenantA));
      return count === PER_TENANT ? true : undefined;
    });

    await publish(tenantA, 2, { followUpIntervalDays: 7 }, true);
    for (const workflowId of inA) {
      const moved = await planned(workflowId, 7);
      expect(moved.policy.followUpIntervalDays).toBe(7);
    }
    // One job on the server signalled them all; nothing on our side looped over them.
    const job = await pollUntil('the batch job to finish', async () => {
      const described = await client.workflowService.describeBatchOperation({
        namespace: servers.temporalNamespace,
        jobId: `institution-policy:${tenantA}:2`,
      });
      return Number(described.completeOperationCount) === PER_TENANT ? described : undefined;
    });
    expect(Number(job.failureOperationCount)).toBe(0);
    for (const workflowId of inB) {
      const view = await viewOf(workflowId);
      expect(view.policy.followUpIntervalDays).toBe(14);
      expect(view.nextDue?.at).toBe(dueAfter(14));
      expect(view.history.filter((entry) => entry.what === 'institutionPolicy')).toHaveLength(1);
    }
  });
});
