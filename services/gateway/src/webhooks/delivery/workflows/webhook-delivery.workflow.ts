import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { DeliveryActivities } from '../webhook-delivery.activities';

/** The retry policy, in milliseconds, as the deployment configured it when the run started. */
export interface DeliveryRetry {
  readonly initialIntervalMs: number;
  readonly backoffCoefficient: number;
  readonly maximumIntervalMs: number;
  readonly windowMs: number;
}

export interface WebhookDeliveryInput {
  readonly deliveryId: string;
  readonly retry: DeliveryRetry;
  readonly attemptTimeoutMs: number;
}

export type WebhookDeliveryOutcome = 'delivered' | 'exhausted' | 'cancelled';

/** Thrown by the attempt when the subscription was disabled meanwhile: stop, count nothing. */
export const SUBSCRIPTION_GONE = 'SubscriptionGone';

/**
 * One message to one receiver. The attempts are one activity under Temporal's retry policy
 * (durable timers between them, none in our code); when its window closes the message is
 * exhausted, which may disable the subscription.
 */
export async function webhookDelivery(
  input: WebhookDeliveryInput,
): Promise<WebhookDeliveryOutcome> {
  const { retry } = input;
  const { attemptDelivery } = proxyActivities<DeliveryActivities>({
    // A little over the HTTP timeout, so the activity reports the timeout itself.
    startToCloseTimeout: input.attemptTimeoutMs + 5_000,
    scheduleToCloseTimeout: retry.windowMs,
    retry: {
      initialInterval: retry.initialIntervalMs,
      backoffCoefficient: retry.backoffCoefficient,
      maximumInterval: retry.maximumIntervalMs,
      nonRetryableErrorTypes: [SUBSCRIPTION_GONE],
    },
  });
  const { deliveryExhausted, deliveryCancelled } = proxyActivities<DeliveryActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { maximumInterval: '1 minute' },
  });
  try {
    await attemptDelivery(input.deliveryId);
    return 'delivered';
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    const cause = error.cause;
    if (cause instanceof ApplicationFailure && cause.type === SUBSCRIPTION_GONE) {
      await deliveryCancelled(input.deliveryId);
      return 'cancelled';
    }
    await deliveryExhausted(input.deliveryId);
    return 'exhausted';
  }
}

export const deliveryWorkflowId = (deliveryId: string, run: number) =>
  `webhook-delivery:${deliveryId}:${run}`;
