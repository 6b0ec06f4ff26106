import { singleLine } from '@rapport/platform';
import { z } from 'zod';

export const closeOutreachRequest = z
  .strictObject({
    reason: singleLine().trim().min(1, 'leave it out rather than empty').max(500).optional(),
  })
  .default({});
export type CloseOutreachRequest = z.output<typeof closeOutreachRequest>;
