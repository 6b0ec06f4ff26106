import { singleLine } from '@rapport/platform';
import { z } from 'zod';
import { LIMITS } from '../domain/contact-details';

export const archiveContactRequest = z
  .strictObject({
    reason: singleLine()
      .trim()
      .max(LIMITS.reason, `must be at most ${LIMITS.reason} characters`)
      .optional(),
  })
  .default({});
export type ArchiveContactRequest = z.output<typeof archiveContactRequest>;
