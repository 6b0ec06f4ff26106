import { topicFor } from '@rapport/contracts';
import type { EventSourcedServiceOptions } from '@rapport/service-skeleton';
import { GATEWAY_SERVICE, type GatewayConfig, loadGatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';

/** The gateway's process, from its typed configuration; main and the specs start the same. */
export function gatewayService(env: NodeJS.ProcessEnv): EventSourcedServiceOptions & {
  readonly config: GatewayConfig;
} {
  const config = loadGatewayConfig(env);
  return {
    config,
    name: GATEWAY_SERVICE,
    port: config.PORT,
    database: config.RAPPORT_GATEWAY_DB,
    // The institutions context publishes its events there through the outbox.
    topics: [topicFor('institutions')],
    module: (deps) => GatewayModule.forRoot(deps, config),
    appOptions: (logger) => ({
      serviceName: GATEWAY_SERVICE,
      publicKeyPem: config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY,
      logger,
      // The exact bytes of JSON bodies, forwarded as received (and fingerprinted for idempotency).
      rawBody: true,
      openApi: {
        title: 'Rapport gateway',
        version: '1',
        description: 'The public door: sign-in, the /v1 API, partner access.',
        // /docs shows the whole /v1 API, which includes these routes (openapi/v1-document.ts).
        uiDocumentUrl: '/v1/openapi.json',
      },
    }),
  };
}
