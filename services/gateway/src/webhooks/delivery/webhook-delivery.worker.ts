import { type BackgroundWorker, temporalWorker } from '@rapport/messaging/service-runtime';
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
  return temporalWorker({
    ...options,
    label: 'webhook delivery worker',
    workflowsPath: require.resolve('./workflows/webhook-delivery.workflow'),
    // Deliveries mostly wait on their retry timers; attempts are HTTP calls, so many at once.
    tuning: { reuseV8Context: true, maxConcurrentActivityTaskExecutions: 50 },
  });
}
