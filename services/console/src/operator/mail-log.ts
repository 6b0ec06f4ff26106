import { z } from 'zod';
import { v1Get, v1Path } from '../app/v1-client';

// The notifications service's delivery log (services/notifications, delivery-log controller).
export const MAIL_STATUSES = [
  'pending',
  'sent',
  'failed',
  'suppressed',
  'skipped',
  'held',
] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

const entry = z.object({
  id: z.string(),
  kind: z.string(),
  audience: z.string(),
  memberId: z.string(),
  subject: z.string().optional(),
  createdAt: z.string(),
  email: z.object({
    status: z.enum(MAIL_STATUSES),
    reason: z.string().optional(),
    attempts: z.number(),
    sentAt: z.string().optional(),
    events: z.array(z.object({ event: z.string(), at: z.string() })),
  }),
});
export type MailEntry = z.infer<typeof entry>;

export async function fetchMailLog(status: MailStatus | 'any'): Promise<MailEntry[]> {
  const query = status === 'any' ? '?limit=100' : `?limit=100&status=${status}`;
  return (await v1Get(`${v1Path`/deliveries`}${query}`, z.object({ items: z.array(entry) }))).items;
}
