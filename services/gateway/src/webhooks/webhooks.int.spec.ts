import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { ResponseOutcome } from '@rapport/contracts';
import { serverAddresses } from '@rapport/platform';
import { runEventSourcedService, type RunningService } from '@rapport/service-skeleton';
import { recordReplayFixture } from '@rapport/testing/replay';
import { type ConsumerSpec, isolateSuite, pollUntil, startConsumerSpec } from '@rapport/testing';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { Browser, signInThroughLocalIdp } from '../testing/browser';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { WebhookDeliveries } from './delivery/webhook-deliveries';
import { deliveryWorkflowId } from './delivery/workflows/webhook-delivery.workflow';
import { WebhookReceiver } from './testing/webhook-receiver';
import { newSigningSecret } from './webhook-secrets';
import { WebhookSubscriptions } from './webhook-subscriptions';
import { webhooksWorkerService } from './webhooks-worker.service';

/**
 * Partner webhooks end to end: the gateway (admin routes) as a process, the webhooks worker
 * (consumer and Temporal worker) in this process, the suite's own topics, a real receiver that
 * verifies signatures. Retries run on the real Temporal server with a short policy (200 ms,
 * doubling, at most a second apart, a 12-second window and 4 seconds an attempt) and the spec polls
 * with deadlines. The window is what a recovering receiver must be reached in: a 5-second one was
 * too short when CI ran the other projects' tests beside this one on two cores.
 */
describe('partner webhooks', () => {
  const suite = isolateSuite('gateway-webhooks');
  const receiver = new WebhookReceiver();
  let topic: string;
  let kafka: ConsumerSpec;
  let gateway: GatewayProcess;
  let worker: RunningService;
  let admin: (method: string, path: string, body?: unknown) => Promise<Response>;
  let clientId: string;

  beforeAll(async () => {
    // Failing receivers make the SDK warn of every failed attempt: expected here, so errors only.
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    topic = suite.topic('outreach');
    kafka = await startConsumerSpec(suite, [topic]);
    await receiver.start();
    const env = {
      RAPPORT_WEBHOOKS_TOPICS: topic,
      RAPPORT_WEBHOOKS_BRIDGE_GROUP: `webhooks-${suite.id}`,
      RAPPORT_WEBHOOKS_TASK_QUEUE: suite.taskQueue,
      RAPPORT_WEBHOOKS_RETRY_INITIAL_MS: '200',
      RAPPORT_WEBHOOKS_RETRY_MAX_INTERVAL_MS: '1000',
      RAPPORT_WEBHOOKS_RETRY_WINDOW_MS: '12000',
      RAPPORT_WEBHOOKS_ATTEMPT_TIMEOUT_MS: '4000',
    };
    gateway = await startGatewayProcess({ database: suite.dbName, env });
    worker = await runEventSourcedService(
      webhooksWorkerService(
        {
          ...process.env,
          ...env,
          PORT: '0',
          LOG_LEVEL: 'warn',
          RAPPORT_GATEWAY_DB: suite.dbName,
          RAPPORT_INTERNAL_JWT_PUBLIC_KEY: gateway.publicKeyPem,
        },
        (error) => console.error('webhook worker failed', error),
      ),
    );
    admin = await signIn('dev');
    const registered = await admin('POST', '/v1/admin/partner-clients', {
      name: 'Career fair app',
      scopes: ['relationships:read'],
    });
    clientId = ((await registered.json()) as { clientId: string }).clientId;
  }, 120_000);
  afterAll(async () => {
    await worker?.stop();
    await gateway?.stop();
    await kafka?.close();
    await receiver.stop();
    await suite.cleanup();
  });

  async function signIn(login: string) {
    const browser = new Browser();
    await signInThroughLocalIdp(browser, gateway.url, DEMO_TENANT_ID, login);
    const session = await browser.request(`${gateway.url}/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    return (method: string, path: string, body?: unknown) =>
      browser.request(`${gateway.url}${path}`, {
        method,
        headers: {
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
  }

  const webhooks = () => `/v1/admin/partner-apps/${clientId}/webhooks`;
  const subscribe = async (path: string, eventTypes: string[]) => {
    const subscriptionId = `ws-${path.slice(1)}`;
    const reply = await admin('POST', webhooks(), {
      subscriptionId,
      url: receiver.url(path),
      eventTypes,
    });
    expect(reply.status).toBe(201);
    const { secret } = (await reply.json()) as { secret: string };
    receiver.serve(path, { secrets: [secret] });
    return { subscriptionId, secret };
  };
  const ids = (memberId = 'ada') => ({
    memberId,
    contactId: `c-${randomUUID()}`,
    relationshipId: `rel-${randomUUID()}`,
  });
  const sent = (tenantId = DEMO_TENANT_ID, data = ids()) =>
    kafka.publish(
      topic,
      'rapport.outreach.v1.OutreachSent',
      { ...data, sentByRapport: true },
      {
        tenantId,
      },
    );
  const logOf = async (subscriptionId: string) => {
    const reply = await admin('GET', `${webhooks()}/${subscriptionId}/deliveries`);
    expect(reply.status).toBe(200);
    return (
      (await reply.json()) as {
        deliveries: { deliveryId: string; eventId: string; status: string }[];
      }
    ).deliveries;
  };
  const deliveryOf = async (subscriptionId: string, deliveryId: string) => {
    const reply = await admin('GET', `${webhooks()}/${subscriptionId}/deliveries/${deliveryId}`);
    return (await reply.json()) as {
      status: string;
      run: number;
      attempts: { statusCode?: number }[];
    };
  };

  /** With RAPPORT_RECORD_REPLAY=1, keeps the finished run's history for the replay spec. */
  const recordRun = async (deliveryId: string, run: number, name: string) => {
    if (process.env['RAPPORT_RECORD_REPLAY'] !== '1') return;
    const connection = await Connection.connect({ address: serverAddresses().temporalAddress });
    try {
      const client = new Client({ connection, namespace: serverAddresses().temporalNamespace });
      const handle = client.workflow.getHandle(deliveryWorkflowId(deliveryId, run));
      await handle.result();
      await recordReplayFixture(handle, path.join(__dirname, 'delivery/replay/fixtures'), name);
    } finally {
      await connection.close();
    }
  };

  it('creates subscriptions repeatably, validates them as problems, and only for admins', async () => {
    const body = {
      subscriptionId: 'ws-repeat',
      url: receiver.url('/r'),
      eventTypes: ['outreach.sent'],
    };
    const first = await admin('POST', webhooks(), body);
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe(`${webhooks()}/ws-repeat`);
    const created = (await first.json()) as { secret: string };
    expect(created.secret).toMatch(/^whsec_/);
    const again = await admin('POST', webhooks(), body);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(created);
    const other = await admin('POST', webhooks(), { ...body, eventTypes: ['outreach.closed'] });
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ differences: ['eventTypes'] });

    const plainHttp = await admin('POST', webhooks(), {
      ...body,
      subscriptionId: 'ws-plain',
      url: 'http://partner.example/hooks',
    });
    expect(plainHttp.status).toBe(400);
    expect(plainHttp.headers.get('content-type')).toContain('application/problem+json');
    expect(await plainHttp.json()).toMatchObject({ errors: [{ pointer: '/url' }] });
    const unknownType = await admin('POST', webhooks(), { ...body, eventTypes: ['contact.notes'] });
    expect(unknownType.status).toBe(400);

    const member = await signIn('ada');
    expect((await member('GET', webhooks())).status).toBe(403);
    const list = (await (await admin('GET', webhooks())).json()) as { webhooks: object[] };
    expect(JSON.stringify(list)).not.toContain('whsec_');
  });

  it('delivers a signed event to the subscribed app only, and nothing of other types or tenants', async () => {
    const { subscriptionId, secret } = await subscribe('/mine', ['outreach.sent']);
    // Another institution's app, subscribed to the same type, through the same code path.
    const otherClient = `pc_other-${suite.id}`;
    const db = await suite.db();
    await db.collection('partner_clients').insertOne({
      _id: otherClient as never,
      tenantId: 'other-school',
      name: 'Theirs',
      scopes: ['relationships:read'],
      secretHashes: [],
    });
    await worker.app.get(WebhookSubscriptions).handle(
      'other-school',
      {
        type: 'Subscribe',
        subscriptionId: 'ws-theirs',
        clientId: otherClient,
        url: receiver.url('/theirs'),
        eventTypes: ['outreach.sent'],
        encryptedSecret: worker.app.get(WebhookSubscriptions).seal(newSigningSecret()),
        at: new Date().toISOString(),
      },
      { id: 'spec', role: 'system' },
      'spec',
    );
    await kafka.publish(
      topic,
      'rapport.outreach.v1.ResponseReceived',
      { ...ids(), outcome: ResponseOutcome.ACCEPTED },
      { tenantId: DEMO_TENANT_ID },
    );
    const data = ids();
    const { eventId } = await sent(DEMO_TENANT_ID, data);

    const [message] = await pollUntil('the event at the receiver', () =>
      receiver.at('/mine').length > 0 ? receiver.at('/mine') : undefined,
    );
    expect(message?.verified).toBe(true);
    const body = JSON.parse(message?.body ?? '{}') as Record<string, unknown>;
    expect(body).toMatchObject({ type: 'outreach.sent', data: { ...data, sentByRapport: true } });
    expect(WebhookReceiver.verifies(secret, message?.body ?? '', message?.headers ?? {})).toBe(
      true,
    );
    const tampered = (message?.body ?? '').replace(data.memberId, 'ben');
    expect(WebhookReceiver.verifies(secret, tampered, message?.headers ?? {})).toBe(false);

    // One partition: the earlier events were handled before this one was delivered. The receiver
    // may answer before the attempt is recorded, so the log is polled.
    const [line] = await pollUntil('the delivery recorded as delivered', async () => {
      const log = await logOf(subscriptionId);
      return log[0]?.status === 'delivered' ? log : undefined;
    });
    expect(line).toMatchObject({ eventId, status: 'delivered' });
    expect(message?.headers['webhook-id']).toBe(line?.deliveryId);
    expect(await logOf(subscriptionId)).toHaveLength(1);
    const theirs = await worker.app.get(WebhookDeliveries).page('other-school', 'ws-theirs', {
      limit: 10,
    });
    expect(theirs.deliveries).toHaveLength(0);
    expect(receiver.at('/theirs')).toHaveLength(0);
  });

  it('delivers an event Kafka hands over twice once', async () => {
    const { subscriptionId } = await subscribe('/twice', ['outreach.unresponsive']);
    const event = { ...ids(), followUpsSent: 2 };
    const options = {
      tenantId: DEMO_TENANT_ID,
      eventId: randomUUID(),
      streamId: `s-${randomUUID()}`,
    };
    for (let copy = 0; copy < 2; copy++) {
      await kafka.publish(topic, 'rapport.outreach.v1.OutreachMarkedUnresponsive', event, options);
    }
    // A later event of the same type: once it is delivered, both copies were handled before it.
    const { eventId: laterId } = await kafka.publish(
      topic,
      'rapport.outreach.v1.OutreachMarkedUnresponsive',
      { ...ids(), followUpsSent: 3 },
      { tenantId: DEMO_TENANT_ID },
    );
    const log = await pollUntil('the later event delivered', async () => {
      const lines = await logOf(subscriptionId);
      return lines.some((line) => line.eventId === laterId && line.status === 'delivered')
        ? lines
        : undefined;
    });
    expect(log.map((line) => line.eventId).sort()).toEqual([options.eventId, laterId].sort());
    await pollUntil('both messages at the receiver', () =>
      receiver.at('/twice').length >= 2 ? true : undefined,
    );
    expect(receiver.at('/twice')).toHaveLength(2);
  });

  it('retries a failing receiver with backoff until it recovers', async () => {
    const { subscriptionId } = await subscribe('/flaky', ['outreach.sent']);
    receiver.serve('/flaky', { answers: [500, 503] });
    await sent();
    const [line] = await pollUntil(
      'the delivery delivered',
      async () => {
        const log = await logOf(subscriptionId);
        return log[0]?.status === 'delivered' ? log : undefined;
      },
      { timeoutMs: 30_000 },
    );
    const delivery = await deliveryOf(subscriptionId, line?.deliveryId ?? '');
    expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 503, 204]);
    await recordRun(line?.deliveryId ?? '', 0, 'delivered-after-two-failures');
    const ids = new Set(receiver.at('/flaky').map((message) => message.headers['webhook-id']));
    expect(ids.size).toBe(1);
  });

  it('disables a subscription whose receiver failed for the whole window; an admin redelivers', async () => {
    const { subscriptionId } = await subscribe('/down', ['outreach.sent']);
    receiver.serve('/down', { always: 503 });
    await sent();
    const [line] = await pollUntil(
      'the delivery exhausted',
      async () => {
        const log = await logOf(subscriptionId);
        return log[0]?.status === 'exhausted' ? log : undefined;
      },
      { timeoutMs: 30_000 },
    );
    const deliveryId = line?.deliveryId ?? '';
    const subscription = await pollUntil('the subscription disabled', async () => {
      const reply = await admin('GET', `${webhooks()}/${subscriptionId}`);
      const found = (await reply.json()) as { status: string; disabledReason?: string };
      return found.status === 'disabled' ? found : undefined;
    });
    expect(subscription.disabledReason).toBe('failing');
    const attempts = (await deliveryOf(subscriptionId, deliveryId)).attempts.length;
    expect(attempts).toBeGreaterThan(2);

    // Disabled: new events are not delivered (a marker behind one on the single partition shows
    // it was handled), and a redelivery is refused until it is enabled.
    await sent();
    await subscribe('/marker', ['outreach.closed']);
    await kafka.publish(topic, 'rapport.outreach.v1.OutreachClosed', ids(), {
      tenantId: DEMO_TENANT_ID,
    });
    await pollUntil('the marker delivered', () =>
      receiver.at('/marker').length > 0 ? true : undefined,
    );
    expect(await logOf(subscriptionId)).toHaveLength(1);
    const redeliver = () =>
      admin('POST', `${webhooks()}/${subscriptionId}/deliveries/${deliveryId}/redelivery`);
    expect((await redeliver()).status).toBe(409);
    expect((await admin('POST', `${webhooks()}/${subscriptionId}/enable`)).status).toBe(200);
    receiver.serve('/down', { always: 204 });
    const accepted = await redeliver();
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toMatchObject({ deliveryId, run: 1 });
    const redelivered = await pollUntil('the redelivery delivered', async () => {
      const delivery = await deliveryOf(subscriptionId, deliveryId);
      return delivery.status === 'delivered' ? delivery : undefined;
    });
    expect(redelivered.attempts.at(-1)?.statusCode).toBe(204);
    const metrics = await (await fetch(`${await worker.app.getUrl()}/metrics`)).text();
    expect(metrics).toMatch(
      /rapport_webhook_deliveries_settled_total\{outcome="exhausted"\} [1-9]/,
    );
    expect(metrics).toMatch(/rapport_webhook_attempts_total\{outcome="refused"\} [1-9]/);
    await recordRun(deliveryId, 0, 'exhausted');
    await recordRun(deliveryId, 1, 'redelivered');
    expect(await logOf(subscriptionId)).toHaveLength(1);

    const today = new Date().toISOString().slice(0, 10);
    const audit = (await (await admin('GET', `/v1/audit?day=${today}&limit=100`)).json()) as {
      records: { action: string; actor: { role: string } }[];
    };
    const actions = audit.records.map((record) => record.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'partner-webhook.created',
        'partner-webhook.disabled-after-failures',
        'partner-webhook.enabled',
        'partner-webhook.redelivered',
      ]),
    );
  });

  it('signs with the old and the new secret during a rotation', async () => {
    const { subscriptionId, secret } = await subscribe('/rotating', ['outreach.sent']);
    const reply = await admin('POST', `${webhooks()}/${subscriptionId}/secret-rotation`);
    expect(reply.status).toBe(200);
    const rotated = (await reply.json()) as { secret: string };
    expect(rotated.secret).not.toBe(secret);
    await sent();
    const [message] = await pollUntil('the event at the receiver', () =>
      receiver.at('/rotating').length > 0 ? receiver.at('/rotating') : undefined,
    );
    for (const key of [secret, rotated.secret]) {
      expect(WebhookReceiver.verifies(key, message?.body ?? '', message?.headers ?? {})).toBe(true);
    }
  });

  it('lets an app with events:subscribe manage its own webhooks, and only its own', async () => {
    const registered = await admin('POST', '/v1/admin/partner-clients', {
      name: 'Self-service app',
      scopes: ['events:subscribe'],
    });
    const app = (await registered.json()) as { clientId: string; clientSecret: string };
    const bearer = async (id: string, secret: string) => {
      const reply = await fetch(`${gateway.url}/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
      const { access_token: token } = (await reply.json()) as { access_token: string };
      return (method: string, path: string, body?: unknown) =>
        fetch(`${gateway.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
    };
    const partner = await bearer(app.clientId, app.clientSecret);
    const created = await partner('POST', '/v1/webhooks', {
      subscriptionId: 'ws-self',
      url: receiver.url('/self'),
      eventTypes: ['interview.scheduled'],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/v1/webhooks/ws-self');
    const listed = (await (await partner('GET', '/v1/webhooks')).json()) as {
      webhooks: { subscriptionId: string; clientId: string }[];
    };
    expect(listed.webhooks).toEqual([
      expect.objectContaining({ subscriptionId: 'ws-self', clientId: app.clientId }),
    ]);
    // The admin's subscriptions of the other app exist, and are not this app's.
    expect((await partner('GET', '/v1/webhooks/ws-mine')).status).toBe(404);
    expect((await partner('GET', webhooks())).status).toBe(403);
    const adminView = await admin('GET', `/v1/admin/partner-apps/${app.clientId}/webhooks`);
    expect(await adminView.json()).toMatchObject({ webhooks: [{ subscriptionId: 'ws-self' }] });

    const withoutScope = await admin('POST', '/v1/admin/partner-clients', {
      name: 'Reader',
      scopes: ['relationships:read'],
    });
    const reader = (await withoutScope.json()) as { clientId: string; clientSecret: string };
    const refused = await (
      await bearer(reader.clientId, reader.clientSecret)
    )('GET', '/v1/webhooks');
    expect(refused.status).toBe(403);
  });

  it('does not let an admin see or change another institution’s app’s webhooks', async () => {
    const theirs = `/v1/admin/partner-apps/pc_other-${suite.id}/webhooks`;
    expect((await admin('GET', theirs)).status).toBe(404);
    expect((await admin('GET', `${theirs}/ws-theirs/deliveries`)).status).toBe(404);
    expect((await admin('POST', `${theirs}/ws-theirs/disable`)).status).toBe(404);
    // Their subscription id under our own app is unknown too.
    expect((await admin('GET', `${webhooks()}/ws-theirs`)).status).toBe(404);
  });
});
