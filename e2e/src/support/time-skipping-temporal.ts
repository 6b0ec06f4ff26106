import type { Duration } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { testServers } from '@rapport/testing';
import type { RelationshipView } from './relationship-workflow';

/**
 * Temporal's time-skipping test server as the relationship worker's frontend: the registered
 * worker connects to `address` like to any Temporal, and `skip` moves the server's clock so that
 * days of the workflow's durable timers pass in seconds (the e2e never sleeps in real time).
 */
export interface TimeSkippingTemporal {
  readonly address: string;
  /** The workflow `rel:<tenant>:<relationship>`'s view, or undefined while it does not exist. */
  view(tenantId: string, relationshipId: string): Promise<RelationshipView | undefined>;
  /** The member's own policy change, through the workflow's `changePolicy` update. */
  changePolicy(tenantId: string, relationshipId: string, policy: object): Promise<RelationshipView>;
  skip(duration: Duration): Promise<void>;
  close(): Promise<void>;
}

export async function timeSkippingTemporal(): Promise<TimeSkippingTemporal> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServers().temporalTestServer } },
  });
  const handle = (tenantId: string, relationshipId: string) =>
    env.client.workflow.getHandle(`rel:${tenantId}:${relationshipId}`);
  return {
    address: env.address,
    async view(tenantId, relationshipId) {
      try {
        return await handle(tenantId, relationshipId).query<RelationshipView>('relationship');
      } catch {
        return undefined;
      }
    },
    changePolicy: (tenantId, relationshipId, policy) =>
      handle(tenantId, relationshipId).executeUpdate<RelationshipView, [object]>('changePolicy', {
        args: [policy],
      }),
    skip: (duration) => env.sleep(duration),
    close: () => env.teardown(),
  };
}
