import { z } from 'zod';
import type { Session } from '../session/session';
import { v1Change, v1Get, v1Path } from '../app/v1-client';

// The gateway's operators' routes (services/gateway/src/operations/operations.answers.ts).

const serviceLine = z.object({
  name: z.string(),
  kind: z.enum(['gateway', 'service', 'worker']),
  status: z.enum(['up', 'down', 'unreachable']),
  latencyMs: z.number(),
  httpStatus: z.number().optional(),
  message: z.string().optional(),
  checks: z.array(
    z.object({ name: z.string(), status: z.string(), message: z.string().optional() }),
  ),
});
export type ServiceLine = z.infer<typeof serviceLine>;

const serverLine = z.object({
  name: z.enum(['ferretdb', 'kafka', 'temporal', 'sendgrid']),
  status: z.enum(['up', 'down']),
  latencyMs: z.number(),
  message: z.string().optional(),
});
export type ServerLine = z.infer<typeof serverLine>;

const platformHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  checkedAt: z.string(),
  services: z.array(serviceLine),
  servers: z.array(serverLine),
});
export type PlatformHealth = z.infer<typeof platformHealth>;

const groupTopicLag = z.object({
  group: z.string(),
  state: z.string(),
  topic: z.string(),
  lag: z.number(),
  partitions: z.array(
    z.object({
      partition: z.number(),
      committed: z.string().optional(),
      end: z.string(),
      lag: z.number(),
    }),
  ),
});
export type GroupTopicLag = z.infer<typeof groupTopicLag>;

const consumerLag = z.object({
  checkedAt: z.string(),
  lags: z.array(groupTopicLag),
  groupsOmitted: z.number(),
});
export type ConsumerLag = z.infer<typeof consumerLag>;

const deadLetter = z.object({
  id: z.string(),
  group: z.string(),
  originalTopic: z.string(),
  originalPartition: z.number(),
  originalOffset: z.string(),
  eventType: z.string().optional(),
  eventId: z.string().optional(),
  streamId: z.string().optional(),
  reason: z.string(),
  error: z.string(),
  attempts: z.number(),
  failedAt: z.string(),
  replayedAt: z.string().optional(),
});
export type DeadLetter = z.infer<typeof deadLetter>;

const deadLetterPage = z.object({ letters: z.array(deadLetter), next: z.string().optional() });
export type DeadLetterPage = z.infer<typeof deadLetterPage>;

const replayed = z.object({
  id: z.string(),
  originalTopic: z.string(),
  group: z.string(),
  replayedAt: z.string(),
});
export type Replayed = z.infer<typeof replayed>;

export function fetchPlatformHealth(): Promise<PlatformHealth> {
  return v1Get(v1Path`/ops/health`, platformHealth);
}

export function fetchConsumerLag(groupPrefix: string): Promise<ConsumerLag> {
  const query = groupPrefix ? `?${new URLSearchParams({ group: groupPrefix }).toString()}` : '';
  return v1Get(`${v1Path`/ops/consumer-lag`}${query}`, consumerLag);
}

export function fetchDeadLetters(group: string, cursor?: string): Promise<DeadLetterPage> {
  const query = new URLSearchParams({
    ...(group ? { group } : {}),
    ...(cursor ? { cursor } : {}),
  }).toString();
  return v1Get(`${v1Path`/ops/dead-letters`}${query ? `?${query}` : ''}`, deadLetterPage);
}

export function replayDeadLetter(session: Session, id: string): Promise<Replayed> {
  return v1Change(session, 'POST', v1Path`/ops/dead-letters/${id}/replay`, undefined, replayed);
}

/** Status words beside the colour (never colour alone), with the class that colours them. */
export const STATUS_WORDS: Readonly<Record<string, string>> = {
  up: 'Up',
  down: 'Down',
  unreachable: 'Not answering',
};
