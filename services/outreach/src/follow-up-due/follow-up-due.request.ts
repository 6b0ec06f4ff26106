import { z } from 'zod';

/** What the relationship workflow's timer sends when a follow-up falls due. */
export const followUpDueRequest = z.strictObject({
  /** The timer's firing number, from 1: a repeat of the same number changes nothing. */
  sequence: z.number().int().min(1).max(1000),
  idempotencyKey: z.string().trim().min(1).max(200),
  /** 3B7: besides the follow-up, suggest a second person at the same organisation. */
  mode: z.enum(['standard', '3b7']).default('standard'),
});
export type FollowUpDueRequest = z.output<typeof followUpDueRequest>;
