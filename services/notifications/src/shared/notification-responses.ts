import { z } from 'zod';
import { preferencesSchema } from '../preferences/preferences';

// What the notifications API answers, as schemas for its OpenAPI document (and the fuzz that
// checks every answer against them). Times are ISO 8601 strings on the wire.

const at = z.iso.datetime({ offset: true });
const count = z.number().int().min(0);

const inboxItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  actionUrl: z.string(),
  contactId: z.string().optional(),
  relationshipId: z.string().optional(),
  createdAt: at,
  dueAt: at.optional(),
  read: z.boolean(),
});

export const inboxPageResponse = z.object({
  items: z.array(inboxItem),
  unread: count,
  nextBefore: at.optional(),
});

export const unreadCountResponse = z.object({ unread: count });
export const readAllResponse = z.object({ marked: count, unread: count });

const deliveryEntry = z.object({
  id: z.string(),
  kind: z.string(),
  audience: z.enum(['member', 'contact']),
  memberId: z.string(),
  contactId: z.string().optional(),
  relationshipId: z.string().optional(),
  subject: z.string().optional(),
  createdAt: at,
  email: z.object({
    status: z.enum(['pending', 'sent', 'failed', 'suppressed', 'skipped', 'held']),
    reason: z.string().optional(),
    attempts: count,
    providerMessageId: z.string().optional(),
    sentAt: at.optional(),
    events: z.array(z.object({ event: z.string(), at, reason: z.string().optional() })),
  }),
});

export const deliveryLogResponse = z.object({ items: z.array(deliveryEntry) });

export const preferencesResponse = preferencesSchema.extend({
  memberId: z.string(),
  version: z.number().int().min(0),
  /** Fields the member never set, which follow the institution's policy as it changes. */
  fromInstitution: z.array(z.enum(['timeZone', 'quietHours'])),
});

export const brandingResponse = z.object({ institutionName: z.string(), accentColour: z.string() });

export const unsubscribedResponse = z.object({ unsubscribed: z.literal(true) });

export const eventBatchResponse = z.object({
  received: count,
  recorded: count,
  duplicates: count,
  unknown: count,
  invalid: count,
});

export const inboundReplyResponse = z.object({ recorded: z.boolean() });
