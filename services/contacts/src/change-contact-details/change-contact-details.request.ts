import { z } from 'zod';
import { contactDetailsFields } from '../domain/contact-details';

const shape = contactDetailsFields.shape;

/** A partial update: absent leaves a field as it is, null clears an optional one. */
export const changeContactDetailsRequest = z
  .strictObject({
    givenName: shape.givenName.optional(),
    familyName: shape.familyName.optional(),
    email: shape.email.nullable(),
    phone: shape.phone.nullable(),
    linkedinUrl: shape.linkedinUrl.nullable(),
    organisation: shape.organisation.nullable(),
    role: shape.role.nullable(),
    industry: shape.industry.nullable(),
    howWeMet: shape.howWeMet.nullable(),
  })
  .refine((patch) => Object.keys(patch).length > 0, {
    message: 'name at least one field to change',
  });
export type ChangeContactDetailsRequest = z.output<typeof changeContactDetailsRequest>;
