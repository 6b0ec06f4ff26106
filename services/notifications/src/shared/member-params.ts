import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9_.:@-]{1,128}$/, 'letters, digits and _ . : @ - (1–128)');

export const memberParams = z.object({ memberId: id }).strict();
export type MemberParams = z.infer<typeof memberParams>;

export const inboxItemParams = z
  .object({ memberId: id, itemId: z.string().min(1).max(300) })
  .strict();
export type InboxItemParams = z.infer<typeof inboxItemParams>;
