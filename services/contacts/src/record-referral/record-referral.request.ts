import { z } from 'zod';
import { contactIdSchema } from '../shared/contact-params';

export const recordReferralRequest = z.strictObject({
  referredByContactId: contactIdSchema,
  mayUseReferrerName: z.boolean().default(false),
});
export type RecordReferralRequest = z.output<typeof recordReferralRequest>;
