import { multiLine, singleLine } from '@rapport/platform';
import { z } from 'zod';
import { RESPONSE_OUTCOMES } from '../domain/outreach.events';

const name = singleLine().trim().min(1, 'must not be empty').max(100);
const optionalText = singleLine()
  .trim()
  .min(1, 'leave it out rather than empty')
  .max(200)
  .optional();

/** Who the contact pointed the member to instead. */
const referredPerson = z.strictObject({
  givenName: name,
  familyName: name,
  email: z.email('must be an email address').max(254).optional(),
  organisation: optionalText,
  role: optionalText,
});

export const recordResponseRequest = z
  .strictObject({
    outcome: z.enum(RESPONSE_OUTCOMES),
    note: multiLine().trim().min(1, 'leave it out rather than empty').max(2000).optional(),
    referredTo: referredPerson.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === 'referred' && !value.referredTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['referredTo'],
        message: 'say who the contact suggested you talk to instead',
      });
    }
    if (value.outcome !== 'referred' && value.referredTo) {
      ctx.addIssue({
        code: 'custom',
        path: ['referredTo'],
        message: 'only a "referred" answer names someone else',
      });
    }
  });
export type RecordResponseRequest = z.output<typeof recordResponseRequest>;
