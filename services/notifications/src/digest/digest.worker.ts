import type { Connection } from '@temporalio/client';
import { type BackgroundWorker, temporalWorker } from '@rapport/messaging/service-runtime';
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
  const { clientConnection, ...rest } = options;
  return temporalWorker({
    ...rest,
    label: 'digest worker',
    workflowsPath: require.resolve('./workflows/digest.workflow'),
    // A digest workflow sleeps almost all day: a modest cache, one V8 context for all.
    tuning: {
      reuseV8Context: true,
      maxCachedWorkflows: 1_000,
      maxConcurrentActivityTaskExecutions: 20,
    },
    closeAfter: clientConnection,
  });
}
