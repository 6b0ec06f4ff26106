import { NativeConnection, Worker } from '@temporalio/worker';
import type { BackgroundWorker } from '@rapport/messaging/service-runtime';
import type { Logger } from '@rapport/platform';
import type { DeliveryActivities } from './webhook-delivery.activities';

export interface DeliveryWorkerOptions {
  readonly address: string;
  readonly namespace: string;
  readonly taskQueue: string;
  readonly activities: DeliveryActivities;
  readonly logger: Logger;
  /** The worker stopped on its own (lost Temporal for good): the process should go. */
  readonly onFailure: (error: unknown) => void;
}

/** The Temporal worker that runs delivery workflows and their attempts, beside the consumer. */
export function deliveryWorker(options: DeliveryWorkerOptions): BackgroundWorker {
  let connection: NativeConnection | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  return {
    async start() {
      connection = await NativeConnection.connect({ address: options.address });
      worker = await Worker.create({
        connection,
        namespace: options.namespace,
        taskQueue: options.taskQueue,
        workflowsPath: require.resolve('./workflows/webhook-delivery.workflow'),
        activities: options.activities,
        // Deliveries mostly wait on their retry timers; attempts are HTTP calls, so many at once.
        reuseV8Context: true,
        maxConcurrentActivityTaskExecutions: 50,
      });
      const started = worker;
      running = started.run().catch((error: unknown) => {
        options.logger.error({ err: error }, 'webhook delivery worker failed');
        options.onFailure(error);
      });
      options.logger.info({ taskQueue: options.taskQueue }, 'webhook delivery worker running');
    },
    async stop() {
      if (worker && worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection?.close();
    },
  };
}
