import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, generateInternalKeyPair } from '@rapport/platform/http';
import type { SuiteIsolation } from '@rapport/testing';
import { callersOf } from '@rapport/testing/services';
import { Dispatcher } from '../delivery/dispatcher';
import type { MailerOptions } from '../delivery/mailer';
import type { DigestTemporal } from '../digest/digest-scheduler';
import { notificationsAppOptions } from '../notifications.app';
import { NOTIFICATIONS_SERVICE } from '../notifications.config';
import { NotificationsModule, type NotificationsModuleOptions } from '../notifications.module';

export type { Caller, Reply } from '@rapport/testing/services';

/** Business time the test sets by hand. */
export class TestClock {
  constructor(public now: Date = new Date('2026-03-02T10:00:00Z')) {}

  readonly read = (): Date => this.now;
}

/** The local SendGrid capture server (infra/), as the service and the tests reach it. */
export function captureServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['RAPPORT_SENDGRID_URL'] || `http://127.0.0.1:${env['RAPPORT_SENDGRID_PORT'] || 3030}`;
}

/** A message as the capture server lists it. */
export interface CapturedMessage {
  readonly id: string;
  readonly receivedAt: string;
  readonly personalizations: Array<{ to: Array<{ email: string; name?: string }> }>;
  readonly from: { email: string; name?: string };
  readonly reply_to_list?: Array<{ email: string; name?: string }>;
  readonly subject?: string;
  readonly content: Array<{ type: string; value: string }>;
  readonly headers?: Record<string, string>;
  readonly custom_args?: Record<string, string>;
}

/** The capture server seen through one API key: what this suite sent, and faults to inject. */
export class CaptureMailbox {
  constructor(
    readonly baseUrl: string,
    readonly apiKey: string,
  ) {}

  private headers() {
    return { authorization: `Bearer ${this.apiKey}`, 'content-type': 'application/json' };
  }

  async messages(to?: string): Promise<CapturedMessage[]> {
    const query = new URLSearchParams({ limit: '500', ...(to ? { to } : {}) });
    const response = await fetch(`${this.baseUrl}/api/messages?${query.toString()}`, {
      headers: this.headers(),
    });
    if (!response.ok) throw new Error(`capture server answered ${response.status}`);
    const body = (await response.json()) as { messages?: CapturedMessage[] } | CapturedMessage[];
    return Array.isArray(body) ? body : (body.messages ?? []);
  }

  /** The next `times` sends with this key answer `status` (with Retry-After when given). */
  async fault(fault: {
    status: number;
    times?: number;
    retryAfterSeconds?: number;
  }): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/faults`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify(fault),
    });
    if (!response.ok) throw new Error(`capture server refused the fault: ${response.status}`);
  }
}

export interface NotificationsTestOptions {
  readonly clock?: TestClock;
  readonly mailer?: Partial<MailerOptions>;
  readonly webhookPublicKey?: string;
  /** Temporal for the digest workflows (a time-skipping test environment's client). */
  readonly digests?: DigestTemporal;
}

/** The real notifications app on the suite's own database, mailing the capture server. */
export async function startNotificationsApp(
  suite: SuiteIsolation,
  options: NotificationsTestOptions = {},
) {
  const clock = options.clock ?? new TestClock();
  const keys = await generateInternalKeyPair();
  const db = await suite.db();
  const apiKey = `SG.test-${suite.id}-${randomBytes(6).toString('hex')}`;
  const mailbox = new CaptureMailbox(captureServerUrl(), apiKey);
  const moduleOptions: NotificationsModuleOptions = {
    db,
    kafka: suite.kafka(),
    clock: clock.read,
    mailer: {
      apiKey,
      baseUrl: mailbox.baseUrl,
      baseDelayMs: 20,
      maxDelayMs: 2000,
      ...options.mailer,
    },
    settings: {
      from: { email: 'notifications@rapport.test', name: 'Rapport' },
      replyDomain: 'reply.rapport.test',
      publicUrl: 'https://console.rapport.test',
      unsubscribeBaseUrl: 'https://notifications.rapport.test',
    },
    unsubscribeSecret: randomBytes(32).toString('hex'),
    ...(options.digests ? { digests: options.digests } : {}),
    webhooks: {
      replyDomain: 'reply.rapport.test',
      ...(options.webhookPublicKey ? { eventWebhookPublicKey: options.webhookPublicKey } : {}),
    },
  };
  const app: NestFastifyApplication = await createServiceApp(
    NotificationsModule.forRoot(moduleOptions),
    notificationsAppOptions(keys.publicKeyPem),
  );
  const as = callersOf(app, keys.privateKeyPem, NOTIFICATIONS_SERVICE);
  return {
    app,
    db,
    as,
    clock,
    mailbox,
    dispatcher: app.get(Dispatcher),
    close: () => app.close(),
  };
}

export type NotificationsTestApp = Awaited<ReturnType<typeof startNotificationsApp>>;
