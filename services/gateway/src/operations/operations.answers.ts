import { z } from 'zod';

/** What the operations routes answer: operational metadata only, never an event's payload. */

const probeStatus = z.enum(['up', 'down']);

export const serviceHealthLine = z.object({
  name: z.string(),
  kind: z.enum(['gateway', 'service', 'worker']),
  /** `unreachable`: nothing answered within the probe's time; `down`: it answered, not healthy. */
  status: z.enum(['up', 'down', 'unreachable']),
  latencyMs: z.number().int(),
  httpStatus: z.number().int().optional(),
  message: z.string().optional(),
  checks: z.array(
    z.object({ name: z.string(), status: z.string(), message: z.string().optional() }),
  ),
});
export type ServiceHealthLine = z.infer<typeof serviceHealthLine>;

export const serverHealthLine = z.object({
  name: z.enum(['ferretdb', 'kafka', 'temporal', 'sendgrid']),
  status: probeStatus,
  latencyMs: z.number().int(),
  message: z.string().optional(),
});
export type ServerHealthLine = z.infer<typeof serverHealthLine>;

export const platformHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  checkedAt: z.iso.datetime(),
  services: z.array(serviceHealthLine),
  servers: z.array(serverHealthLine),
});
export type PlatformHealth = z.infer<typeof platformHealth>;

const partitionLag = z.object({
  partition: z.number().int(),
  /** Absent when the group has committed nothing there: it will start from the oldest kept. */
  committed: z.string().optional(),
  end: z.string(),
  lag: z.number().int(),
});

export const groupTopicLag = z.object({
  group: z.string(),
  state: z.string(),
  topic: z.string(),
  lag: z.number().int(),
  partitions: z.array(partitionLag),
});
export type GroupTopicLag = z.infer<typeof groupTopicLag>;

export const consumerLagAnswer = z.object({
  checkedAt: z.iso.datetime(),
  lags: z.array(groupTopicLag),
  /** Groups beyond the cap were not looked at (the answer says so rather than growing). */
  groupsOmitted: z.number().int(),
});
export type ConsumerLagAnswer = z.infer<typeof consumerLagAnswer>;

export const deadLetterLine = z.object({
  /** `partition:offset` in the dead-letter topic: what the replay route takes. */
  id: z.string(),
  group: z.string(),
  originalTopic: z.string(),
  originalPartition: z.number().int(),
  originalOffset: z.string(),
  eventType: z.string().optional(),
  eventId: z.string().optional(),
  streamId: z.string().optional(),
  reason: z.string(),
  /** The error's first line only: the rest may quote the message. */
  error: z.string(),
  attempts: z.number().int(),
  failedAt: z.iso.datetime(),
  replayedAt: z.iso.datetime().optional(),
});
export type DeadLetterLine = z.infer<typeof deadLetterLine>;

export const deadLetterPage = z.object({
  letters: z.array(deadLetterLine),
  /** Where the next page starts; absent once the topic's end (as of this call) is reached. */
  next: z.string().optional(),
});
export type DeadLetterPage = z.infer<typeof deadLetterPage>;

export const deadLetterReplay = z.object({
  id: z.string(),
  originalTopic: z.string(),
  group: z.string(),
  replayedAt: z.iso.datetime(),
});
export type DeadLetterReplay = z.infer<typeof deadLetterReplay>;
