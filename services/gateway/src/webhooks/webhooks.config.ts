import { createHash } from 'node:crypto';
import { z } from 'zod';
import { topicFor } from '@rapport/contracts';
import { loadConfig } from '@rapport/platform/http';

const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);
const milliseconds = (fallback: number, min: number) =>
  z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number()
      .int()
      .min(min)
      .max(7 * 86_400_000)
      .default(fallback),
  );

/**
 * Only for development and tests, where the database holds nothing of value. Production must set
 * its own key (refused otherwise), kept outside the database, so a dump alone cannot sign webhooks.
 */
const DEVELOPMENT_SECRETS_KEY = createHash('sha256')
  .update('rapport development webhook secrets')
  .digest('base64');

const LIFECYCLE_TOPICS = ['outreach', 'interviews', 'relationship', 'contacts'] as const;

const webhooksEnv = z
  .object({
    NODE_ENV: z.preprocess(
      unsetIfEmpty,
      z.enum(['development', 'test', 'production']).default('development'),
    ),
    /** AES-256-GCM key (base64 of 32 bytes) that encrypts the signing secrets at rest. */
    RAPPORT_WEBHOOKS_SECRETS_KEY: z.preprocess(unsetIfEmpty, z.string().optional()),
    RAPPORT_WEBHOOKS_TASK_QUEUE: z.preprocess(
      unsetIfEmpty,
      z.string().min(1).default('gateway-webhooks'),
    ),
    /** Comma-separated; the lifecycle topics unless given (specs read their own). */
    RAPPORT_WEBHOOKS_TOPICS: z.preprocess(
      unsetIfEmpty,
      z.string().default(LIFECYCLE_TOPICS.map((context) => topicFor(context)).join(',')),
    ),
    /** The consumer group is `<this>-partner-webhooks`. */
    RAPPORT_WEBHOOKS_BRIDGE_GROUP: z.preprocess(unsetIfEmpty, z.string().min(1).default('gateway')),
    /** The retry policy of one delivery: 5 s, doubling, at most an hour apart, for 24 hours. */
    RAPPORT_WEBHOOKS_RETRY_INITIAL_MS: milliseconds(5_000, 10),
    RAPPORT_WEBHOOKS_RETRY_COEFFICIENT: z.preprocess(
      unsetIfEmpty,
      z.coerce.number().min(1).max(10).default(2),
    ),
    RAPPORT_WEBHOOKS_RETRY_MAX_INTERVAL_MS: milliseconds(3_600_000, 10),
    RAPPORT_WEBHOOKS_RETRY_WINDOW_MS: milliseconds(86_400_000, 100),
    /** How long one POST to a receiver may take. */
    RAPPORT_WEBHOOKS_ATTEMPT_TIMEOUT_MS: milliseconds(10_000, 100),
    /** How long the previous secret still signs after a rotation. */
    RAPPORT_WEBHOOKS_ROTATION_GRACE_MS: milliseconds(86_400_000, 0),
    /**
     * Receivers on this machine's loopback, plain http included: on by default outside
     * production (a local receiver, the specs' own), refused in production.
     */
    RAPPORT_WEBHOOKS_LOOPBACK_RECEIVERS: z.preprocess(
      unsetIfEmpty,
      z.enum(['on', 'off']).optional(),
    ),
  })
  .superRefine((env, context) => {
    const key = env.RAPPORT_WEBHOOKS_SECRETS_KEY;
    if (key === undefined && env.NODE_ENV === 'production') {
      context.addIssue({
        code: 'custom',
        path: ['RAPPORT_WEBHOOKS_SECRETS_KEY'],
        message: 'required in production (base64 of 32 random bytes)',
      });
    }
    if (env.RAPPORT_WEBHOOKS_LOOPBACK_RECEIVERS === 'on' && env.NODE_ENV === 'production') {
      context.addIssue({
        code: 'custom',
        path: ['RAPPORT_WEBHOOKS_LOOPBACK_RECEIVERS'],
        message: 'refused in production: webhooks never go to the gateway’s own machine there',
      });
    }
    if (key !== undefined && Buffer.from(key, 'base64').length !== 32) {
      context.addIssue({
        code: 'custom',
        path: ['RAPPORT_WEBHOOKS_SECRETS_KEY'],
        message: 'must be base64 of exactly 32 bytes',
      });
    }
  });

/** The retry policy handed to each delivery workflow, in milliseconds. */
export interface DeliveryRetryPolicy {
  readonly initialIntervalMs: number;
  readonly backoffCoefficient: number;
  readonly maximumIntervalMs: number;
  /** The whole window: past it the delivery is exhausted. */
  readonly windowMs: number;
}

export interface WebhookSettings {
  readonly production: boolean;
  readonly secretsKey: Buffer;
  readonly taskQueue: string;
  readonly topics: readonly string[];
  readonly groupPrefix: string;
  readonly retry: DeliveryRetryPolicy;
  readonly attemptTimeoutMs: number;
  readonly rotationGraceMs: number;
  /** Receivers on the loopback (and plain http to them) are allowed; never in production. */
  readonly loopbackReceivers: boolean;
}

/** Read by the gateway (admin routes) and the webhooks worker alike, so both agree on the key. */
export function loadWebhookSettings(env: NodeJS.ProcessEnv): WebhookSettings {
  const config = loadConfig(webhooksEnv, env);
  return {
    production: config.NODE_ENV === 'production',
    secretsKey: Buffer.from(
      config.RAPPORT_WEBHOOKS_SECRETS_KEY ?? DEVELOPMENT_SECRETS_KEY,
      'base64',
    ),
    taskQueue: config.RAPPORT_WEBHOOKS_TASK_QUEUE,
    topics: config.RAPPORT_WEBHOOKS_TOPICS.split(',')
      .map((topic) => topic.trim())
      .filter(Boolean),
    groupPrefix: config.RAPPORT_WEBHOOKS_BRIDGE_GROUP,
    retry: {
      initialIntervalMs: config.RAPPORT_WEBHOOKS_RETRY_INITIAL_MS,
      backoffCoefficient: config.RAPPORT_WEBHOOKS_RETRY_COEFFICIENT,
      maximumIntervalMs: config.RAPPORT_WEBHOOKS_RETRY_MAX_INTERVAL_MS,
      windowMs: config.RAPPORT_WEBHOOKS_RETRY_WINDOW_MS,
    },
    attemptTimeoutMs: config.RAPPORT_WEBHOOKS_ATTEMPT_TIMEOUT_MS,
    rotationGraceMs: config.RAPPORT_WEBHOOKS_ROTATION_GRACE_MS,
    loopbackReceivers: config.RAPPORT_WEBHOOKS_LOOPBACK_RECEIVERS
      ? config.RAPPORT_WEBHOOKS_LOOPBACK_RECEIVERS === 'on'
      : config.NODE_ENV !== 'production',
  };
}

/** The Nest token for the loaded settings. */
export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');
