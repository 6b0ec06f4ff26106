import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { Logger } from '@rapport/platform';
import type { BackgroundWorker } from './service-runtime';

export interface TemporalWorkerOptions {
  /** Named in the log lines, e.g. "digest worker". */
  readonly label: string;
  readonly address: string;
  readonly namespace: string;
  readonly taskQueue: string;
  /** `require.resolve` of the module that exports the workflows. */
  readonly workflowsPath: string;
  readonly activities: object;
  /** How the worker is sized for what its workflows and activities do. */
  readonly tuning?: Pick<
    WorkerOptions,
    'reuseV8Context' | 'maxCachedWorkflows' | 'maxConcurrentActivityTaskExecutions'
  >;
  readonly logger: Logger;
  /** Something to close once the worker has stopped (the client connection a scheduler uses). */
  readonly closeAfter?: { close(): Promise<void> };
  /** The worker stopped on its own (lost Temporal for good): the process should go. */
  readonly onFailure: (error: unknown) => void;
}

/** A Temporal worker run beside a service's API and consumers, stopped with them. */
export function temporalWorker(options: TemporalWorkerOptions): BackgroundWorker {
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
        workflowsPath: options.workflowsPath,
        activities: options.activities,
        ...options.tuning,
      });
      const started = worker;
      running = started.run().catch((error: unknown) => {
        options.logger.error({ err: error }, `${options.label} failed`);
        options.onFailure(error);
      });
      options.logger.info({ taskQueue: options.taskQueue }, `${options.label} running`);
    },
    async stop() {
      // Lets the activities in flight finish (or be retried elsewhere after their timeout).
      if (worker && worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection?.close();
      await options.closeAfter?.close();
    },
  };
}
