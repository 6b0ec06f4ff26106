import { z } from 'zod';
import { serverAddresses } from '@rapport/platform';
import { baseServiceEnv, loadConfig, servicePort } from '@rapport/platform/http';
import type { EventSourcedServiceOptions } from '@rapport/service-skeleton';
import { partnerWebhooks } from './delivery/partner-webhooks.consumer';
import { WebhookDeliveryActivities } from './delivery/webhook-delivery.activities';
import { deliveryWorker } from './delivery/webhook-delivery.worker';
import { loadWebhookSettings } from './webhooks.config';
import { WebhooksWorkerModule } from './webhooks-worker.module';

export const WEBHOOKS_WORKER = 'webhooks';

const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);
const database = z.string().regex(/^[A-Za-z0-9_-]{1,60}$/);

const workerEnv = baseServiceEnv.extend({
  PORT: servicePort(4111),
  // The gateway's database: subscriptions, partner apps and the delivery log live there.
  // RAPPORT_WEBHOOKS_DB is the registry's convention (RAPPORT_<NAME>_DB) and wins when set.
  RAPPORT_WEBHOOKS_DB: z.preprocess(unsetIfEmpty, database.optional()),
  RAPPORT_GATEWAY_DB: z.preprocess(unsetIfEmpty, database.default('rapport_gateway')),
});

/**
 * The webhooks worker process: the consumer of the lifecycle topics and the Temporal worker of
 * the deliveries, with /health and /metrics. A process of its own so the public door's event loop
 * never waits on a partner's slow receiver, and so it scales with the deliveries, not the API.
 */
export function webhooksWorkerService(
  env: NodeJS.ProcessEnv,
  onFailure: (error: unknown) => void,
): EventSourcedServiceOptions {
  const config = loadConfig(workerEnv, env);
  const settings = loadWebhookSettings(env);
  const servers = serverAddresses();
  return {
    name: WEBHOOKS_WORKER,
    port: config.PORT,
    database: config.RAPPORT_WEBHOOKS_DB ?? config.RAPPORT_GATEWAY_DB,
    topics: settings.topics,
    module: (deps) => WebhooksWorkerModule.forRoot(deps, settings),
    appOptions: (logger) => ({
      serviceName: WEBHOOKS_WORKER,
      publicKeyPem: config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY,
      logger,
      apiDocs: false,
    }),
    consumers: [partnerWebhooks(settings)],
    groupPrefix: settings.groupPrefix,
    workers: (app, { logger }) => [
      deliveryWorker({
        address: servers.temporalAddress,
        namespace: servers.temporalNamespace,
        taskQueue: settings.taskQueue,
        activities: app.get(WebhookDeliveryActivities).functions(),
        logger,
        onFailure,
      }),
    ],
  };
}
