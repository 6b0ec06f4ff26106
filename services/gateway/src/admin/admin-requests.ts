import { z } from 'zod';
import type { BodyPolicy } from '@rapport/platform/http';
import { JSON_MEDIA_TYPE } from '@rapport/platform/http';
import { brandingSchema, institutionPolicySchema } from '../institutions/domain/institution-policy';
import { PERSON_ROLES } from '../institutions/domain/person.events';
import { personIdSchema, tenantIdSchema } from './admin-access';

/** Admin bodies are a person or a policy: a few hundred bytes; 16 KiB leaves room and no more. */
export const ADMIN_BODY: BodyPolicy = { mediaTypes: [JSON_MEDIA_TYPE], limitBytes: 16 * 1024 };

export const enrolmentRequest = z.strictObject({
  personId: personIdSchema,
  email: z.email({ error: 'must be an email address' }).max(254),
  displayName: z.string().trim().min(1).max(100),
  role: z.enum(PERSON_ROLES),
});

export const roleRequest = z.strictObject({ role: z.enum(PERSON_ROLES) });

export const personParams = z.strictObject({ personId: personIdSchema });
export const assignmentParams = z.strictObject({
  personId: personIdSchema,
  memberId: personIdSchema,
});

export const peopleQuery = z.strictObject({
  after: z.coerce.number().int().min(0).max(1_000_000_000).default(0),
});

export const registrationRequest = z.strictObject({
  institutionId: tenantIdSchema,
  name: z.string().trim().min(1).max(100),
  plan: z.string().regex(/^[a-z0-9-]{1,32}$/),
  policy: institutionPolicySchema.optional(),
  branding: brandingSchema.optional(),
});

export const policyRequest = z.strictObject({
  policy: institutionPolicySchema,
  /** Running relationships should take it now, not at their next timer (see README). */
  urgent: z.boolean().default(false),
});

export const tenantQuery = z.strictObject({ tenant: tenantIdSchema.optional() });

export const personView = z.object({
  personId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(PERSON_ROLES),
  assignedMemberIds: z.array(z.string()),
  version: z.number(),
});
export const peoplePage = z.object({
  people: z.array(personView.omit({ assignedMemberIds: true, version: true })),
  next: z.number().optional(),
});
export const policyView = z.object({
  version: z.number(),
  policy: institutionPolicySchema,
  urgent: z.boolean().optional(),
});
export const institutionView = z.object({
  institutionId: z.string(),
  name: z.string(),
  plan: z.string(),
  policyVersion: z.number(),
  branding: brandingSchema,
});
