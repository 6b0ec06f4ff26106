import { z } from 'zod';
import { PARTNER_EVENT_TYPES } from '../partner-event-types';

/**
 * What the webhook routes answer, as schemas for the /v1 document (`@ApiAnswers`). The views in
 * webhook-views.ts build these shapes; the int spec reads them back through the routes.
 */
export const subscriptionAnswer = z.object({
  subscriptionId: z.string(),
  clientId: z.string(),
  url: z.string(),
  eventTypes: z.array(z.enum(PARTNER_EVENT_TYPES)),
  status: z.enum(['enabled', 'disabled']),
  disabledReason: z.enum(['by-admin', 'failing']).optional(),
  disabledAt: z.string().optional(),
  createdAt: z.string(),
});

/** Shown once: at creation (and a repeated creation) and at rotation. */
export const createdSubscriptionAnswer = subscriptionAnswer.extend({ secret: z.string() });

export const subscriptionsAnswer = z.object({ webhooks: z.array(subscriptionAnswer) });

export const rotationAnswer = z.object({
  subscriptionId: z.string(),
  secret: z.string(),
  previousValidUntil: z.string(),
});

const deliveryStatus = z.enum(['pending', 'retrying', 'delivered', 'exhausted', 'cancelled']);

export const deliverySummaryAnswer = z.object({
  deliveryId: z.string(),
  eventType: z.enum(PARTNER_EVENT_TYPES),
  eventId: z.string(),
  status: deliveryStatus,
  createdAt: z.string(),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().optional(),
  nextAttemptAt: z.string().optional(),
});

export const deliveryLogAnswer = z.object({
  deliveries: z.array(deliverySummaryAnswer),
  next: z.number().int().optional(),
});

export const deliveryAnswer = deliverySummaryAnswer.extend({
  run: z.number().int(),
  payload: z.unknown(),
  attempts: z.array(
    z.object({
      at: z.string(),
      durationMs: z.number(),
      statusCode: z.number().int().optional(),
      error: z.string().optional(),
    }),
  ),
});

export const redeliveryAnswer = z.object({
  deliveryId: z.string(),
  run: z.number().int(),
  status: z.literal('pending'),
});
