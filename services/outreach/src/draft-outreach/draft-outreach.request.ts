import { z } from 'zod';
import { bodySchema, channelSchema, subjectSchema } from '../shared/message-content.request';

export const draftOutreachRequest = z.strictObject({
  channel: channelSchema,
  subject: subjectSchema.optional(),
  body: bodySchema,
});
export type DraftOutreachRequest = z.output<typeof draftOutreachRequest>;
