import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import type { Logger } from 'pino';
import { topicFor } from '@rapport/contracts';
import { type ConsumedEvent, EventConsumer } from '@rapport/messaging';
import {
  relationshipLifecycle,
  type RelationshipInput,
} from '../workflows/relationship-lifecycle.workflow';
import { tenantSearchAttributes } from '../institution-policy/tenant-search-attribute';
import { relationshipWorkflowId, signalFor } from './outreach-signals';

export const OUTREACH_BRIDGE_GROUP = 'relationship-outreach-bridge';

/** Delivers one event to its relationship's workflow, starting the workflow if it is not running. */
export async function deliverToWorkflow(
  client: Client,
  taskQueue: string,
  event: ConsumedEvent,
  logger: Logger,
): Promise<void> {
  const bridged = signalFor(event);
  if (!bridged) return;
  const input: RelationshipInput = { ...bridged.ids };
  const workflowId = relationshipWorkflowId(bridged.ids.tenantId, bridged.ids.relationshipId);
  if (bridged.onlyIfRunning) {
    try {
      await client.workflow.getHandle(workflowId).signal(bridged.signal, bridged.payload);
      logger.debug({ workflowId, signal: bridged.signal.name }, 'signalled relationship');
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      logger.debug(
        { workflowId, signal: bridged.signal.name },
        'no such relationship; nothing to do',
      );
    }
    return;
  }
  await client.workflow.signalWithStart(relationshipLifecycle, {
    workflowId,
    taskQueue,
    args: [input],
    // What lets one batch operation reach all of a tenant's running relationships.
    typedSearchAttributes: tenantSearchAttributes(bridged.ids.tenantId),
    signal: bridged.signal,
    signalArgs: [bridged.payload],
  });
  logger.debug({ workflowId, signal: bridged.signal.name }, 'signalled relationship');
}

/**
 * Outreach and interviews events become signals of the relationship workflows; a contact's
 * erasure closes the relationship with them.
 */
export function outreachBridgeConsumer(options: {
  kafka: Kafka;
  db: Db;
  client: Client;
  taskQueue: string;
  logger: Logger;
  /** Defaults to the outreach, interviews and contacts topics; tests give their own. */
  topics?: readonly string[];
  groupId?: string;
}): EventConsumer {
  return new EventConsumer({
    kafka: options.kafka,
    db: options.db,
    groupId: options.groupId ?? OUTREACH_BRIDGE_GROUP,
    topics: options.topics ?? [topicFor('outreach'), topicFor('interviews'), topicFor('contacts')],
    logger: options.logger,
    fromBeginning: true,
    handle: (event, logger) => deliverToWorkflow(options.client, options.taskQueue, event, logger),
  });
}
