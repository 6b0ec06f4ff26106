import { z } from 'zod';
import { tenantIdSchema } from '../admin/admin-access';
import { PARTNER_SCOPES } from './partner-clients';

export const PARTNER_APPS_PAGE_SIZE = 25;

/** `cursor` is the `next` of the page before: a position in the institution's list. */
export const partnerAppsQuery = z.strictObject({
  tenant: tenantIdSchema.optional(),
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, { error: 'must be a cursor from `next`' })
    .optional(),
});

const at = z.iso.datetime();

/** What an admin sees of an app: never a secret or its hash. */
export const partnerAppView = z.object({
  clientId: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(PARTNER_SCOPES)),
  status: z.enum(['active', 'revoked']),
  createdAt: at.optional(),
  rotatedAt: at.optional(),
  revokedAt: at.optional(),
});
export type PartnerAppView = z.infer<typeof partnerAppView>;

export const partnerAppsPage = z.object({
  apps: z.array(partnerAppView),
  next: z.string().optional(),
});
