import { z } from 'zod';

// Terminus' answer on the gateway's /health (libs/platform operations.controller.ts): 200 when
// every probe is up, 503 with the same shape when one is down.
const healthSchema = z.object({
  status: z.string(),
  details: z.record(
    z.string(),
    z.looseObject({
      status: z.string(),
      message: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
});
export type Health = z.infer<typeof healthSchema>;

export interface ProbeLine {
  readonly name: string;
  readonly up: boolean;
  readonly say: string;
}

/** The gateway's health, read on its own origin: a 503 is an answer here, not a failure. */
export async function fetchGatewayHealth(): Promise<Health> {
  const reply = await fetch('/health', { headers: { accept: 'application/json' } });
  if (!reply.ok && reply.status !== 503) {
    throw new Error(`The gateway's health check answered ${reply.status} ${reply.statusText}`);
  }
  return healthSchema.parse(await reply.json());
}

const PROBE_NAMES: Readonly<Record<string, string>> = {
  mongo: 'Database (MongoDB wire protocol)',
  kafka: 'Kafka',
  temporal: 'Temporal',
};

/** Each probe in words, down ones first: what is wrong comes before what is fine. */
export function probeLines(health: Health): ProbeLine[] {
  return Object.entries(health.details)
    .map(([name, detail]) => ({
      name: PROBE_NAMES[name] ?? name,
      up: detail.status === 'up',
      say:
        detail.status === 'up'
          ? `Up${detail.note ? ` (${detail.note})` : ''}`
          : `Down: ${detail.message ?? 'no reason given'}`,
    }))
    .sort((a, b) => Number(a.up) - Number(b.up));
}
