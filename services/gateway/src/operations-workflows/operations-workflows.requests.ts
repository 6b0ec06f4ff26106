import { z } from 'zod';
import { RELATIONSHIP_STAGES } from '@rapport/contracts';
import { tenantIdSchema } from '../admin/admin-access';

export const stageCountsQuery = z.strictObject({ tenant: tenantIdSchema.optional() });

export const failingQuery = z.strictObject({
  tenant: tenantIdSchema.optional(),
  // The server's page token, handed back as it was given (base64url).
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,4096}$/)
    .optional(),
});

const stageCount = z.number().int().min(0);

export const stageCountsView = z.object({
  tenant: z.string().nullable(),
  stages: z.object(
    Object.fromEntries(RELATIONSHIP_STAGES.map((stage) => [stage, stageCount])) as Record<
      (typeof RELATIONSHIP_STAGES)[number],
      typeof stageCount
    >,
  ),
  withoutStage: stageCount,
  countedAt: z.string(),
});

export const failingView = z.object({
  runs: z.array(
    z.object({
      workflowId: z.string(),
      runId: z.string(),
      tenantId: z.string().nullable(),
      stage: z.string().nullable(),
      status: z.enum(['failed', 'timed-out', 'terminated']),
      closedAt: z.string().nullable(),
      failure: z.string(),
      temporalUiUrl: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
