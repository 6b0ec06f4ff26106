import { z } from 'zod';
import { UPSTREAM_SERVICES } from '../forwarding/upstream-routes';

export const readModelParams = z.strictObject({
  service: z.enum(UPSTREAM_SERVICES),
  name: z.string().regex(/^[a-z][a-z0-9_-]{0,62}$/),
});

export const rebuildParams = readModelParams.extend({
  rebuildId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
});

export const rebuildView = z.object({
  service: z.string(),
  rebuildId: z.string(),
  readModel: z.string(),
  state: z.enum(['running', 'succeeded', 'failed']),
  phase: z.enum(['copy', 'catch-up']),
  eventsTotal: z.number().int().min(0),
  eventsRead: z.number().int().min(0),
  documentsWritten: z.number().int().min(0),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  started: z.boolean().optional(),
});

export const readModelsView = z.object({
  services: z.array(
    z.object({
      service: z.string(),
      // `unavailable`: the service did not answer; its read models are unknown until it does.
      status: z.enum(['ok', 'unavailable']),
      readModels: z.array(z.object({ name: z.string() })),
    }),
  ),
});
