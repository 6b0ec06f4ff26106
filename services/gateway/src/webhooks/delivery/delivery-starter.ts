import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { serverAddresses } from '@rapport/platform';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../webhooks.config';
import { deliveryWorkflowId, webhookDelivery } from './workflows/webhook-delivery.workflow';

/**
 * Starts the workflow of a delivery run on the webhooks task queue. The workflow id names the
 * delivery and its run, so a message Kafka hands over twice starts one workflow.
 */
@Injectable()
export class DeliveryStarter implements OnApplicationShutdown {
  private readonly connection: Connection;
  private readonly client: Client;

  constructor(@Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings) {
    const servers = serverAddresses();
    // Lazy: it connects on the first start, so the gateway starts without waiting for Temporal.
    this.connection = Connection.lazy({ address: servers.temporalAddress });
    this.client = new Client({ connection: this.connection, namespace: servers.temporalNamespace });
  }

  async start(deliveryId: string, run: number): Promise<void> {
    try {
      await this.client.workflow.start(webhookDelivery, {
        workflowId: deliveryWorkflowId(deliveryId, run),
        taskQueue: this.settings.taskQueue,
        args: [
          {
            deliveryId,
            retry: this.settings.retry,
            attemptTimeoutMs: this.settings.attemptTimeoutMs,
          },
        ],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
