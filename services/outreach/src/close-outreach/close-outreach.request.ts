import { z } from 'zod';

export const closeOutreachRequest = z
  .strictObject({
    reason: z.string().trim().min(1, 'leave it out rather than empty').max(500).optional(),
  })
  .default({});
export type CloseOutreachRequest = z.output<typeof closeOutreachRequest>;
