import { singleLine } from '@rapport/platform';
import { z } from 'zod';

export const markUnresponsiveRequest = z
  .strictObject({
    /** The next step to offer the member; a sensible one is written when absent. */
    suggestion: singleLine().trim().min(1, 'leave it out rather than empty').max(500).optional(),
  })
  .default({});
export type MarkUnresponsiveRequest = z.output<typeof markUnresponsiveRequest>;
