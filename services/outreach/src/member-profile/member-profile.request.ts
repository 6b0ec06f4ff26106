import { isTimeZone } from '@rapport/platform/zoned-time';
import { singleLine } from '@rapport/platform';
import { z } from 'zod';

// The name goes into the From header of the member's mail: one line.
const name = singleLine().trim().min(1, 'must not be empty').max(100);
const optionalText = singleLine()
  .trim()
  .min(1, 'leave it out rather than empty')
  .max(200)
  .optional();

/** The sender's details: who requests go out from, and the merge fields of every template. */
export const memberProfileRequest = z.strictObject({
  givenName: name,
  familyName: name,
  email: z.email('must be an email address').max(254),
  programme: optionalText,
  institution: optionalText,
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/London')
    .optional(),
});
export type MemberProfileRequest = z.output<typeof memberProfileRequest>;
