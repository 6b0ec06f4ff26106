import { z } from 'zod';
import { PARTNER_EVENT_TYPES } from '../partner-event-types';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The shape of a receiver URL: https, so the signed body travels encrypted, or plain http to this
 * machine's loopback when local receivers are allowed (development and the specs). Where its host
 * points is checked apart (receivers/receiver-addresses.ts): that needs DNS.
 */
export function receiverUrl(loopbackReceivers: boolean) {
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
      if (url.protocol !== 'https:' && !(loopbackReceivers && loopbackHttp)) {
        context.addIssue({
          code: 'custom',
          message: loopbackReceivers
            ? 'must be an https URL (or http on the loopback, allowed here)'
            : 'must be an https URL',
        });
      }
    });
}

export const subscriptionId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'a letter or digit, then letters, digits, _ and -');

export const subscriptionBody = (loopbackReceivers: boolean) =>
  z.strictObject({
    subscriptionId,
    url: receiverUrl(loopbackReceivers),
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
