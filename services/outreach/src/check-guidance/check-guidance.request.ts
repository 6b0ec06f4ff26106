import { z } from 'zod';
import { bodySchema, channelSchema, subjectSchema } from '../shared/message-content.request';

const count = (max: number) => z.number().int().min(1).max(max);

/** An institution's own limits, over the defaults; each field may be left out. */
const policySchema = z
  .strictObject({
    warnWords: count(1000).optional(),
    maxWords: count(1000).optional(),
    suggestedMinutes: count(240).optional(),
    maxMinutes: count(240).optional(),
  })
  .optional();

export const checkGuidanceRequest = z.strictObject({
  channel: channelSchema,
  subject: subjectSchema.optional(),
  body: bodySchema,
  policy: policySchema,
});
export type CheckGuidanceRequest = z.output<typeof checkGuidanceRequest>;
