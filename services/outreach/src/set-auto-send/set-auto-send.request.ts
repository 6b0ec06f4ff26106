import { z } from 'zod';

/** Whether follow-ups through Rapport go out by themselves when due, or wait for the member. */
export const setAutoSendRequest = z.strictObject({ autoSend: z.boolean() });
export type SetAutoSendRequest = z.output<typeof setAutoSendRequest>;
