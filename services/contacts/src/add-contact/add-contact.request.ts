import { z } from 'zod';
import { contactDetailsFields, SOURCES, tagSchema, WARMTHS } from '../domain/contact-details';
import { contactIdSchema } from '../shared/contact-params';

/** A tag as an object, or a plain string for a free label. */
export const tagInput = z.preprocess(
  (value) => (typeof value === 'string' ? { kind: 'free', value } : value),
  tagSchema,
);

export const addContactRequest = contactDetailsFields.extend({
  /** Optional: a client that picks the id can repeat the request safely. */
  contactId: contactIdSchema.optional(),
  warmth: z.enum(WARMTHS).optional(),
  source: z.enum(SOURCES).optional(),
  tags: z.array(tagInput).max(50, 'at most 50 tags').default([]),
  referredBy: z
    .strictObject({
      contactId: contactIdSchema,
      mayUseReferrerName: z.boolean().default(false),
    })
    .optional(),
});
export type AddContactRequest = z.output<typeof addContactRequest>;
