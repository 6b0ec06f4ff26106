import type { WebhookSubscription } from '../domain/webhook-subscriptions.state';
import type { WebhookDelivery } from '../delivery/webhook-deliveries';

/** A subscription as its admins and its app see it: never a secret, sealed or not. */
export function subscriptionView(subscription: WebhookSubscription) {
  const { subscriptionId, clientId, url, eventTypes, status, createdAt } = subscription;
  return {
    subscriptionId,
    clientId,
    url,
    eventTypes,
    status: status.kind,
    ...(status.kind === 'disabled' ? { disabledReason: status.reason, disabledAt: status.at } : {}),
    createdAt,
  };
}

/** One line of the delivery log. */
export function deliverySummary(delivery: WebhookDelivery) {
  const last = delivery.attempts.at(-1);
  return {
    deliveryId: delivery._id,
    eventType: delivery.eventType,
    eventId: delivery.eventId,
    status: delivery.status,
    createdAt: delivery.createdAt.toISOString(),
    attempts: delivery.attempts.length,
    ...(last?.status !== undefined ? { lastStatusCode: last.status } : {}),
    ...(delivery.nextAttemptAt ? { nextAttemptAt: delivery.nextAttemptAt.toISOString() } : {}),
  };
}

/** A delivery with its attempts and the body that was signed. */
export function deliveryView(delivery: WebhookDelivery) {
  return {
    ...deliverySummary(delivery),
    run: delivery.run,
    payload: JSON.parse(delivery.body) as unknown,
    attempts: delivery.attempts.map((attempt) => ({
      at: attempt.at.toISOString(),
      durationMs: attempt.durationMs,
      ...(attempt.status !== undefined ? { statusCode: attempt.status } : {}),
      ...(attempt.error !== undefined ? { error: attempt.error } : {}),
    })),
  };
}
