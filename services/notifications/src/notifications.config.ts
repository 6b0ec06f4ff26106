import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { baseServiceEnv, ConfigError, loadConfig, servicePort } from '@rapport/platform/http';

export const NOTIFICATIONS_SERVICE = 'notifications';

const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess(unsetIfEmpty, schema.optional());

const notificationsEnv = baseServiceEnv.extend({
  PORT: servicePort(4104),
  RAPPORT_NOTIFICATIONS_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/)
    .default('rapport_notifications'),
  /** Task queue of the digest workflows this service schedules and works. */
  RAPPORT_NOTIFICATIONS_TASK_QUEUE: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/)
    .default('notifications'),
  /** Prefix of this service's Kafka consumer groups. */
  RAPPORT_NOTIFICATIONS_BRIDGE_GROUP: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,100}$/)
    .default('notifications'),
  /** The SendGrid API; locally the capture server in infra/. */
  RAPPORT_SENDGRID_URL: optional(z.string().url()),
  RAPPORT_SENDGRID_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  RAPPORT_SENDGRID_API_KEY: z.preprocess(
    unsetIfEmpty,
    z.string().min(8).default('SG.rapport-local-development'),
  ),
  /** Base64 DER (SPKI) ECDSA key SendGrid gives for the signed Event Webhook. */
  RAPPORT_SENDGRID_WEBHOOK_PUBLIC_KEY: optional(z.string().regex(/^[A-Za-z0-9+/=\s]+$/)),
  RAPPORT_MAIL_FROM: z.preprocess(
    unsetIfEmpty,
    z.string().email().default('notifications@rapport.localhost'),
  ),
  RAPPORT_MAIL_FROM_NAME: z.preprocess(unsetIfEmpty, z.string().min(1).default('Rapport')),
  /** Replies to outreach threads reach reply+<token>@<this domain> (SendGrid Inbound Parse). */
  RAPPORT_REPLY_DOMAIN: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i)
      .default('reply.rapport.localhost'),
  ),
  /** Where links in mail point: the console, and this service's public unsubscribe route. */
  RAPPORT_PUBLIC_URL: z.preprocess(unsetIfEmpty, z.string().url().default('http://127.0.0.1:4000')),
  /** Where this service is reached from outside (unsubscribe links, webhooks). */
  RAPPORT_NOTIFICATIONS_PUBLIC_URL: optional(z.string().url()),
  /** Signs unsubscribe links; at least 32 characters. */
  RAPPORT_UNSUBSCRIBE_SECRET: optional(z.string().min(32)),
});

export type NotificationsEnv = z.output<typeof notificationsEnv>;

export interface NotificationsConfig extends NotificationsEnv {
  readonly sendgridUrl: string;
  readonly unsubscribeSecret: string;
}

/**
 * Outside production the unsubscribe secret may come from a file, or, when neither is given, is
 * made for this process (its links then stop working after a restart, which a development run
 * can live with). Production must set the variable itself.
 */
function unsubscribeSecret(env: NodeJS.ProcessEnv, parsed: NotificationsEnv): string {
  if (parsed.RAPPORT_UNSUBSCRIBE_SECRET) return parsed.RAPPORT_UNSUBSCRIBE_SECRET;
  if (parsed.NODE_ENV === 'production') {
    throw new ConfigError(
      ['RAPPORT_UNSUBSCRIBE_SECRET'],
      ['RAPPORT_UNSUBSCRIBE_SECRET: required in production (32 characters or more)'],
    );
  }
  const file = env['RAPPORT_UNSUBSCRIBE_SECRET_FILE'];
  if (!file) return randomBytes(32).toString('hex');
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(
      ['RAPPORT_UNSUBSCRIBE_SECRET_FILE'],
      [`RAPPORT_UNSUBSCRIBE_SECRET_FILE: cannot read ${file} (${code})`],
    );
  }
  if (secret.length < 32) {
    throw new ConfigError(
      ['RAPPORT_UNSUBSCRIBE_SECRET_FILE'],
      [`RAPPORT_UNSUBSCRIBE_SECRET_FILE: ${file} holds fewer than 32 characters`],
    );
  }
  return secret;
}

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  const parsed = loadConfig(notificationsEnv, env);
  return {
    ...parsed,
    sendgridUrl:
      parsed.RAPPORT_SENDGRID_URL ?? `http://127.0.0.1:${parsed.RAPPORT_SENDGRID_PORT ?? 3030}`,
    unsubscribeSecret: unsubscribeSecret(env, parsed),
  };
}
