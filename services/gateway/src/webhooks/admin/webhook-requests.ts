import { z } from 'zod';
import { PARTNER_EVENT_TYPES } from '../partner-event-types';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Where a subscription may point. Production: https only, so the signed body and its secret's
 * signatures travel encrypted. Development and tests: also plain http to this machine's loopback
 * (a local receiver), never plain http across a network.
 */
export function receiverUrl(production: boolean) {
  return z
    .string()
    .max(2000)
    .superRefine((value, context) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        context.addIssue({ code: 'custom', message: 'must be an absolute URL' });
        return;
      }
      if (url.username || url.password || url.hash) {
        context.addIssue({ code: 'custom', message: 'must carry no credentials nor fragment' });
      }
      const loopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
      if (url.protocol !== 'https:' && (production || !loopbackHttp)) {
        context.addIssue({
          code: 'custom',
          message: production
            ? 'must be an https URL'
            : 'must be an https URL (or http on 127.0.0.1 outside production)',
        });
      }
    });
}

export const subscriptionId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'a letter or digit, then letters, digits, _ and -');

export const subscriptionBody = (production: boolean) =>
  z.strictObject({
    subscriptionId,
    url: receiverUrl(production),
    eventTypes: z
      .array(z.enum(PARTNER_EVENT_TYPES))
      .min(1)
      .max(PARTNER_EVENT_TYPES.length)
      .refine((types) => new Set(types).size === types.length, 'each event type once'),
  });

export type SubscriptionBody = z.output<ReturnType<typeof subscriptionBody>>;

export const deliveryQuery = z.strictObject({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
