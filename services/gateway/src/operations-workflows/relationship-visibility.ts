import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, isGrpcServiceError } from '@temporalio/client';
import { backOff } from 'exponential-backoff';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import {
  RELATIONSHIP_SEARCH_ATTRIBUTES,
  RELATIONSHIP_STAGES,
  type RelationshipStage,
} from '@rapport/contracts';
import { serverAddresses } from '@rapport/platform';
import { failedRuns, runningInStage, runningWithoutStage } from './visibility-queries';
import { runLink, temporalUiBase } from './temporal-ui.config';

// gRPC codes of a server busy or briefly away: UNKNOWN, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED,
// ABORTED, INTERNAL, UNAVAILABLE. A bad query (INVALID_ARGUMENT) fails at once.
const PASSING_CODES = new Set([2, 4, 8, 10, 13, 14]);

/**
 * A visibility read tried again, briefly, when the server was busy: the dev server keeps
 * visibility in SQLite, and with other work on the machine one of a page's parallel counts can
 * fail where the next try answers. Reads only, so a repeat changes nothing.
 */
function retryingRead<T>(read: () => Promise<T>): Promise<T> {
  return backOff(read, {
    numOfAttempts: 4,
    startingDelay: 100,
    jitter: 'full',
    retry: (error: unknown) => {
      const cause: unknown = error instanceof Error ? error.cause : undefined;
      const grpc = isGrpcServiceError(error) ? error : isGrpcServiceError(cause) ? cause : null;
      return grpc !== null && PASSING_CODES.has(grpc.code);
    },
  });
}

/** A page of failing runs: each needs one more call for its message, so pages stay small. */
export const FAILING_PAGE_SIZE = 20;

// The API's enum values, spelled out: @temporalio/proto is not our dependency.
const CLOSE_EVENT_ONLY = 2;
const STATUS_NAMES: Readonly<Record<number, FailingRun['status']>> = {
  3: 'failed',
  5: 'terminated',
  7: 'timed-out',
};

export interface StageCounts {
  readonly stages: Readonly<Record<RelationshipStage, number>>;
  /** Running relationships that never published a stage (started before the stage patch). */
  readonly withoutStage: number;
}

export interface FailingRun {
  readonly workflowId: string;
  readonly runId: string;
  readonly tenantId: string | null;
  readonly stage: string | null;
  readonly status: 'failed' | 'timed-out' | 'terminated';
  readonly closedAt: string | null;
  readonly failure: string;
  readonly temporalUiUrl: string;
}

function keyword(fields: Record<string, Payload> | null | undefined, name: string) {
  const payload = fields?.[name];
  if (!payload) return null;
  const value: unknown = defaultPayloadConverter.fromPayload(payload);
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

/**
 * What Temporal's visibility says of the relationship workflows: counts per stage (one count query
 * per stage, a fixed set, in parallel: SQL visibility groups by ExecutionStatus only) and the
 * runs that ended badly, a page at a time. Nothing here walks over workflows; only the rows of
 * one page have their close event read, for its message.
 */
@Injectable()
export class RelationshipVisibility implements OnApplicationShutdown {
  private readonly connection: Connection;
  private readonly client: Client;
  private readonly namespace: string;
  private readonly uiBase: string;

  constructor() {
    const servers = serverAddresses();
    // Lazy: the gateway starts without waiting for Temporal; the first operator read connects.
    this.connection = Connection.lazy({ address: servers.temporalAddress });
    this.namespace = servers.temporalNamespace;
    this.client = new Client({ connection: this.connection, namespace: this.namespace });
    this.uiBase = temporalUiBase(process.env);
  }

  async stageCounts(tenantId?: string): Promise<StageCounts> {
    const count = async (query: string) =>
      (await retryingRead(() => this.client.workflow.count(query))).count;
    const [withoutStage, ...perStage] = await Promise.all([
      count(runningWithoutStage(tenantId)),
      ...RELATIONSHIP_STAGES.map((stage) => count(runningInStage(stage, tenantId))),
    ]);
    const stages = Object.fromEntries(
      RELATIONSHIP_STAGES.map((stage, index) => [stage, perStage[index] ?? 0]),
    ) as Record<RelationshipStage, number>;
    return { stages, withoutStage: withoutStage ?? 0 };
  }

  async failing(
    tenantId: string | undefined,
    cursor: Buffer | undefined,
  ): Promise<{ runs: FailingRun[]; nextCursor: Buffer | null }> {
    const page = await retryingRead(() =>
      this.client.workflowService.listWorkflowExecutions({
        namespace: this.namespace,
        pageSize: FAILING_PAGE_SIZE,
        query: failedRuns(tenantId),
        ...(cursor ? { nextPageToken: cursor } : {}),
      }),
    );
    const runs = await Promise.all(
      (page.executions ?? []).map(async (info): Promise<FailingRun> => {
        const workflowId = info.execution?.workflowId ?? '';
        const runId = info.execution?.runId ?? '';
        const fields = info.searchAttributes?.indexedFields;
        const closedAt = info.closeTime?.seconds
          ? new Date(Number(info.closeTime.seconds) * 1000).toISOString()
          : null;
        return {
          workflowId,
          runId,
          tenantId: keyword(fields, RELATIONSHIP_SEARCH_ATTRIBUTES.tenant),
          stage: keyword(fields, RELATIONSHIP_SEARCH_ATTRIBUTES.stage),
          status: STATUS_NAMES[info.status ?? 0] ?? 'failed',
          closedAt,
          failure: await this.failureOf(workflowId, runId),
          temporalUiUrl: runLink(this.uiBase, this.namespace, workflowId, runId),
        };
      }),
    );
    const token = page.nextPageToken;
    return { runs, nextCursor: token && token.length > 0 ? Buffer.from(token) : null };
  }

  /** The close event's own words: the failure's message, the termination's reason. */
  private async failureOf(workflowId: string, runId: string): Promise<string> {
    const history = await this.client.workflowService.getWorkflowExecutionHistory({
      namespace: this.namespace,
      execution: { workflowId, runId },
      historyEventFilterType: CLOSE_EVENT_ONLY,
    });
    const event = history.history?.events?.[0];
    const failed = event?.workflowExecutionFailedEventAttributes?.failure?.message;
    if (failed) return failed;
    const terminated = event?.workflowExecutionTerminatedEventAttributes;
    if (terminated) return `terminated: ${terminated.reason || 'no reason given'}`;
    if (event?.workflowExecutionTimedOutEventAttributes) return 'the run timed out';
    return 'ended without a message';
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
