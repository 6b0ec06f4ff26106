import { multiLine, singleLine } from '@rapport/platform';
import { z } from 'zod';
import { CHANNELS } from '../domain/outreach.events';

export const channelSchema = z.enum(CHANNELS);

/** A mail header once sent: one line. */
export const subjectSchema = singleLine()
  .trim()
  .min(1, 'leave it out rather than empty')
  .max(200, 'at most 200 characters');

/** Kept as written (line breaks matter in a letter); long enough for any sane request. */
export const bodySchema = multiLine()
  .max(10_000, 'at most 10000 characters')
  .refine((body) => body.trim() !== '', 'must not be empty');

export const DELIVERIES = ['rapport', 'logged'] as const;

/** A send: through Rapport (email only) or done by the member elsewhere and logged here. */
export const sendRequest = z
  .strictObject({
    channel: channelSchema,
    delivery: z.enum(DELIVERIES),
    subject: subjectSchema.optional(),
    body: bodySchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.delivery === 'rapport' && value.channel !== 'email') {
      ctx.addIssue({
        code: 'custom',
        path: ['delivery'],
        message: 'Rapport sends email only; log other channels with delivery "logged"',
      });
    }
  });
export type SendRequest = z.output<typeof sendRequest>;
