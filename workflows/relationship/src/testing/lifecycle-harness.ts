// Test harness for the relationship workflow: Temporal's real time-skipping test server, one
// Worker per suite running the real workflow bundle, and typed activity mocks that record calls.
import type { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import path from 'node:path';
import type { SignalDefinition } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { isolateSuite, pollUntil, testServers } from '@rapport/testing';
import { recordReplayFixture } from '@rapport/testing/replay';
import type {
  DueItem,
  FollowUpDueItem,
  InstitutionPolicyVersion,
  InterviewReminderItem,
  KeepInTouchItem,
  RelationshipActivities,
  ThankYouItem,
  UnresponsiveItem,
} from '../activities/relationship.activities';
import { DAY_MS } from '@rapport/platform/zoned-time';
import type { PolicyOverride } from '../workflows/policy';
import {
  relationshipLifecycle,
  type RelationshipInput,
} from '../workflows/relationship-lifecycle.workflow';
import { ensureTenantSearchAttribute } from '../institution-policy/policy-broadcast';
import { relationshipQuery } from '../workflows/signals';
import type { RelationshipView } from '../workflows/state';
import { RELATIONSHIP_BUNDLER_OPTIONS } from '../workflow-bundle';

Runtime.install({ logger: new DefaultLogger('WARN') });

export const workflowsPath = require.resolve('../workflows/relationship-lifecycle.workflow');

/** Where the workflow's policy reads go; a spec may point them at the worker's real read model. */
type InstitutionPolicySource = (tenantId: string) => Promise<InstitutionPolicyVersion | null>;

function recordingMocks(source: { read: InstitutionPolicySource }) {
  const done = () => Promise.resolve();
  return {
    raiseFollowUpDue: jest.fn((_item: FollowUpDueItem): Promise<void> => done()),
    markUnresponsive: jest.fn((_item: UnresponsiveItem): Promise<void> => done()),
    raiseSecondContactDue: jest.fn((_item: DueItem): Promise<void> => done()),
    raiseInterviewReminderDue: jest.fn((_item: InterviewReminderItem): Promise<void> => done()),
    raiseThankYouDue: jest.fn((_item: ThankYouItem): Promise<void> => done()),
    raiseKeepInTouchDue: jest.fn((_item: KeepInTouchItem): Promise<void> => done()),
    currentInstitutionPolicy: (tenantId: string) => source.read(tenantId),
  } satisfies RelationshipActivities;
}

/** The activities that raise something; their calls are what the specs count. */
export type ActivityName = keyof Omit<RelationshipActivities, 'currentInstitutionPolicy'>;
export type LifecycleHandle = WorkflowHandleWithFirstExecutionRunId<typeof relationshipLifecycle>;

/** Noon UTC at or before `ms`: an anchor that no quiet hours or day boundary can disturb. */
export function noonAtOrBefore(ms: number): number {
  const noon = Math.floor(ms / DAY_MS) * DAY_MS + DAY_MS / 2;
  return noon <= ms ? noon : noon - DAY_MS;
}

export function lifecycleHarness(label: string) {
  const suite = isolateSuite(label);
  const policySource: { read: InstitutionPolicySource } = { read: () => Promise.resolve(null) };
  const activities = recordingMocks(policySource);
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testServers().temporalTestServer } },
    });
    // The workflow upserts its stage; the test server refuses attributes it was not told of.
    await ensureTenantSearchAttribute(env.client);
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: suite.taskQueue,
      workflowsPath,
      // As the relationship worker bundles it, so the specs run the shared, frozen policy module.
      bundlerOptions: RELATIONSHIP_BUNDLER_OPTIONS,
      activities,
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  /** The calls one relationship made to one activity, in order. */
  function calls<K extends ActivityName>(name: K, relationshipId: string) {
    const mock = activities[name] as jest.Mock<
      Promise<void>,
      [Parameters<RelationshipActivities[K]>[0]]
    >;
    return mock.mock.calls
      .map(([item]) => item)
      .filter((item) => item.relationshipId === relationshipId);
  }

  return {
    suite,
    activities,
    calls,
    env: () => env,
    client: () => env.client,
    /** Until called, every tenant has no institution policy. */
    useInstitutionPolicies(read: InstitutionPolicySource): void {
      policySource.read = read;
    },
    now: () => env.currentTimeMs(),
    /** Advances the test server's clock; timers fire on the way. */
    skip: (ms: number) => env.sleep(ms),
    async start(
      name: string,
      policy?: PolicyOverride,
      tenantId = 'uni-a',
    ): Promise<LifecycleHandle> {
      const input: RelationshipInput = {
        tenantId,
        relationshipId: name,
        memberId: 'member-1',
        contactId: `contact-${name}`,
        ...(policy ? { policy } : {}),
      };
      return env.client.workflow.start(relationshipLifecycle, {
        taskQueue: suite.taskQueue,
        workflowId: suite.workflowId(name),
        args: [input],
      });
    },
    /** Waits until one relationship has made `count` calls to an activity. */
    async callsReach<K extends ActivityName>(name: K, relationshipId: string, count: number) {
      return pollUntil(`${count} ${name} call(s) for ${relationshipId}`, () => {
        const made = calls(name, relationshipId);
        return made.length >= count ? made : undefined;
      });
    },
    /** Signals and waits until the workflow has handled it, before any time is skipped. */
    async send<A extends unknown[]>(
      handle: LifecycleHandle,
      signal: SignalDefinition<A>,
      ...args: A
    ): Promise<RelationshipView> {
      const before = await handle.query(relationshipQuery);
      await handle.signal(signal, ...args);
      return pollUntil(`${signal.name} to be handled`, async () => {
        const view = await handle.query(relationshipQuery);
        const handled =
          view.historyTotal > before.historyTotal ||
          view.counts.duplicatesIgnored > before.counts.duplicatesIgnored;
        return handled ? view : undefined;
      });
    },
    /** Follows the continue-as-new chain from the first run and adds up every run's history. */
    async historyOfAllRuns(
      handle: LifecycleHandle,
    ): Promise<{ runs: number; events: number; eventsPerRun: number[] }> {
      let runId: string | undefined = handle.firstExecutionRunId;
      let runs = 0;
      let events = 0;
      const eventsPerRun: number[] = [];
      while (runId) {
        const run = env.client.workflow.getHandle(handle.workflowId, runId);
        const list: temporal.api.history.v1.IHistoryEvent[] =
          (await run.fetchHistory()).events ?? [];
        events += list.length;
        eventsPerRun.push(list.length);
        runs += 1;
        const last = list[list.length - 1];
        runId =
          last?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
      }
      return { runs, events, eventsPerRun };
    },
    /**
     * With RAPPORT_RECORD_REPLAY=1, saves the run's history as a replay fixture (committed, and
     * replayed by replay/replay.unit.spec.ts so a non-deterministic change fails CI).
     */
    async recordReplayFixture(handle: LifecycleHandle, name: string): Promise<void> {
      await recordReplayFixture(handle, path.join(__dirname, '../replay/fixtures'), name);
    },
    async view(handle: LifecycleHandle): Promise<RelationshipView> {
      return handle.query(relationshipQuery);
    },
    /** Polls the query until `accept` holds, so assertions never race the worker. */
    async viewWhen(handle: LifecycleHandle, accept: (view: RelationshipView) => boolean) {
      return pollUntil('the relationship view to settle', async () => {
        const view = await handle.query(relationshipQuery);
        return accept(view) ? view : undefined;
      });
    },
  };
}
