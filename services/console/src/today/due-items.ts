import { z } from 'zod';
import { problemOf } from '../app/problem';

// The member's unread inbox (notifications service, through the gateway's /v1) is where the
// relationship workflow's due actions land: follow-ups, thank-yous, reminders, keep-in-touch.
const inboxItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  actionUrl: z.string(),
  createdAt: z.string(),
  dueAt: z.string().optional(),
  read: z.boolean(),
});
const inboxPageSchema = z.object({ items: z.array(inboxItemSchema), unread: z.number() });

export type InboxItem = z.infer<typeof inboxItemSchema>;
export interface DueItem extends InboxItem {
  readonly dueAt: string;
}

/** The items that ask for an action, soonest due first (ISO instants in UTC sort as text). */
export function dueItemsOf(items: readonly InboxItem[]): DueItem[] {
  return items
    .filter((item): item is DueItem => !item.read && item.dueAt !== undefined)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
}

export async function fetchDueItems(memberId: string): Promise<DueItem[]> {
  const reply = await fetch(`/v1/members/${encodeURIComponent(memberId)}/inbox?unread=true`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!reply.ok) throw await problemOf(reply);
  return dueItemsOf(inboxPageSchema.parse(await reply.json()).items);
}

/** A due time as the member reads it, in their browser's zone. */
export function dueLabel(dueAt: string, now: Date, locale?: string): string {
  const due = new Date(dueAt);
  const when = due.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return due.getTime() < now.getTime() ? `Overdue since ${when}` : `Due ${when}`;
}
