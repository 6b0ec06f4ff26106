import { z } from 'zod';
import { v1Get, v1Path } from '../app/v1-client';

// The gateway's workflow routes (services/gateway/src/operations-workflows/).

/** Stages in the order a relationship moves through them, with the words the page shows. */
export const STAGE_WORDS = {
  prepared: 'Prepared, not sent',
  'awaiting-reply': 'Awaiting a reply',
  responded: 'Responded',
  scheduled: 'Interview scheduled',
  interviewed: 'Interviewed',
  thanked: 'Thanked',
  'keeping-in-touch': 'Keeping in touch',
  unresponsive: 'No reply after the follow-ups',
  paused: 'Paused',
  closed: 'Closed',
} as const;
export type Stage = keyof typeof STAGE_WORDS;
const STAGES = Object.keys(STAGE_WORDS) as Stage[];

const count = z.number().int().min(0);
const stageCounts = z.object({
  tenant: z.string().nullable(),
  stages: z.record(z.string(), count),
  withoutStage: count,
  countedAt: z.string(),
});
export type StageCounts = z.infer<typeof stageCounts>;

const failingRun = z.object({
  workflowId: z.string(),
  runId: z.string(),
  tenantId: z.string().nullable(),
  stage: z.string().nullable(),
  status: z.enum(['failed', 'timed-out', 'terminated']),
  closedAt: z.string().nullable(),
  failure: z.string(),
  temporalUiUrl: z.string(),
});
export type FailingRun = z.infer<typeof failingRun>;
const failingPage = z.object({ runs: z.array(failingRun), nextCursor: z.string().nullable() });
export type FailingPage = z.infer<typeof failingPage>;

const withTenant = (path: string, params: Record<string, string | undefined>) => {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return query ? `${path}?${query}` : path;
};

export function fetchStageCounts(tenant: string): Promise<StageCounts> {
  return v1Get(withTenant(v1Path`/ops/workflows`, { tenant }), stageCounts);
}

export function fetchFailingRuns(tenant: string, cursor?: string): Promise<FailingPage> {
  return v1Get(withTenant(v1Path`/ops/workflows/failing`, { tenant, cursor }), failingPage);
}

/** The counts as rows in stage order; the bars and the table read the same list. */
export function stageRows(counts: StageCounts): { stage: Stage; label: string; value: number }[] {
  return STAGES.map((stage) => ({
    stage,
    label: STAGE_WORDS[stage],
    value: counts.stages[stage] ?? 0,
  }));
}

export const STATUS_OF_RUN: Readonly<Record<FailingRun['status'], string>> = {
  failed: 'Failed',
  'timed-out': 'Timed out',
  terminated: 'Terminated',
};

export function stageWord(stage: string | null): string {
  if (stage === null) return 'not recorded';
  return stage in STAGE_WORDS ? STAGE_WORDS[stage as Stage] : stage;
}
