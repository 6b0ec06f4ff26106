import { Client, Connection } from '@temporalio/client';
import { testServers } from '@rapport/testing';

/**
 * What the relationship workflow's `relationship` query answers, as far as the e2e reads it.
 * Declared here rather than imported: the e2e sees the workflow only through Temporal, as an
 * operator's tool would.
 */
export interface RelationshipView {
  stage: string;
  outcome: string | null;
  nextDue: { kind: string; at: number } | null;
  interviewAt: number | null;
  lastTouchAt: number | null;
  counts: { touches: number };
  history: { at: number; what: string; result: string; sourceEventId?: string }[];
}

export interface RelationshipWorkflows {
  /** The view of `rel:<tenant>:<relationship>`, or undefined while the workflow does not exist. */
  view(tenantId: string, relationshipId: string): Promise<RelationshipView | undefined>;
  close(): Promise<void>;
}

export async function relationshipWorkflows(): Promise<RelationshipWorkflows> {
  const { temporalAddress, temporalNamespace } = testServers();
  const connection = await Connection.connect({ address: temporalAddress });
  const client = new Client({ connection, namespace: temporalNamespace });
  return {
    async view(tenantId, relationshipId) {
      const handle = client.workflow.getHandle(`rel:${tenantId}:${relationshipId}`);
      try {
        return await handle.query<RelationshipView>('relationship');
      } catch {
        return undefined;
      }
    },
    close: () => connection.close(),
  };
}
