import { z } from 'zod';
import type { Session } from '../session/session';
import { v1Change, v1Get, v1Path } from '../app/v1-client';

// The gateway's read-model routes (services/gateway/src/operations-read-models/).

const readModels = z.object({
  services: z.array(
    z.object({
      service: z.string(),
      status: z.enum(['ok', 'unavailable']),
      readModels: z.array(z.object({ name: z.string() })),
    }),
  ),
});
export type ReadModels = z.infer<typeof readModels>;

const rebuild = z.object({
  service: z.string(),
  rebuildId: z.string(),
  readModel: z.string(),
  state: z.enum(['running', 'succeeded', 'failed']),
  phase: z.enum(['copy', 'catch-up']),
  eventsTotal: z.number(),
  eventsRead: z.number(),
  documentsWritten: z.number(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  started: z.boolean().optional(),
});
export type Rebuild = z.infer<typeof rebuild>;

export function fetchReadModels(): Promise<ReadModels> {
  return v1Get(v1Path`/ops/read-models`, readModels);
}

export function startRebuild(session: Session, service: string, name: string): Promise<Rebuild> {
  return v1Change(
    session,
    'POST',
    v1Path`/ops/read-models/${service}/${name}/rebuilds`,
    undefined,
    rebuild,
  );
}

export function fetchRebuild(service: string, name: string, rebuildId: string): Promise<Rebuild> {
  return v1Get(v1Path`/ops/read-models/${service}/${name}/rebuilds/${rebuildId}`, rebuild);
}

/**
 * How far it is, 0–100: the copy reads every event once (the bar's first 90 %), the catch-up
 * reads them again after the swap (the last 10 %), so the bar never stands still at the end.
 */
export function percentDone(progress: Rebuild): number {
  if (progress.state !== 'running') return 100;
  const total = Math.max(progress.eventsTotal, 1);
  if (progress.phase === 'copy') return Math.min(90, (90 * progress.eventsRead) / total);
  return Math.min(99, 90 + (10 * Math.max(progress.eventsRead - total, 0)) / total);
}
