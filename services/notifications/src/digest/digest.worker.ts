import type { Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { BackgroundWorker } from '@rapport/messaging/service-runtime';
import type { Logger } from '@rapport/platform';
import type { DigestActivities } from './digest.activities';

export interface DigestWorkerOptions {
  readonly address: string;
  readonly namespace: string;
  readonly taskQueue: string;
  readonly activities: DigestActivities;
  readonly logger: Logger;
  /** The client connection the scheduler uses, closed after the worker stops. */
  readonly clientConnection?: Connection;
  /** The worker stopped on its own (lost Temporal for good): the process should go. */
  readonly onFailure: (error: unknown) => void;
}

/** The Temporal worker for the digest workflows and their activity, beside the API. */
export function digestWorker(options: DigestWorkerOptions): BackgroundWorker {
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
        workflowsPath: require.resolve('./workflows/digest.workflow'),
        activities: options.activities,
        // A digest workflow sleeps almost all day: a modest cache, one V8 context for all.
        reuseV8Context: true,
        maxCachedWorkflows: 1_000,
        maxConcurrentActivityTaskExecutions: 20,
      });
      const started = worker;
      running = started.run().catch((error: unknown) => {
        options.logger.error({ err: error }, 'digest worker failed');
        options.onFailure(error);
      });
      options.logger.info({ taskQueue: options.taskQueue }, 'digest worker running');
    },
    async stop() {
      // Lets the activity in flight finish (or be retried elsewhere after its timeout).
      if (worker && worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection?.close();
      await options.clientConnection?.close();
    },
  };
}
