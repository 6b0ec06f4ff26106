import { type DynamicModule, Module } from '@nestjs/common';
import { dbBacked, serviceModule, type ServiceDeps } from '@rapport/service-skeleton';
import { AuditTrail } from './audit/audit-trail';
import { AuditController } from './audit/audit.http.controller';
import { RouteAuthorizer } from './authorization/route-authorizer';
import { AccessTokens } from './callers/access-tokens';
import { CallerResolver } from './callers/caller-resolver';
import { VerifiedAccessTokens } from './callers/verified-access-tokens';
import { ConsoleAssets } from './console-assets/console-assets';
import { CorsOrigins } from './cors/cors-origins';
import { IdempotencyRecords } from './forwarding/idempotency-records';
import { ServiceForwarder } from './forwarding/service-forwarder';
import { V1Forwarding } from './forwarding/v1-forwarding';
import { V1ForwardingRoutes } from './forwarding/v1-forwarding.routes';
import type { GatewayConfig } from './gateway.config';
import { GatewayHttpSetup } from './gateway-http.setup';
import { GATEWAY_CONFIG } from './gateway.tokens';
import {
  INSTITUTIONS_CONTROLLERS,
  INSTITUTIONS_PROVIDERS,
  INSTITUTIONS_READ_MODELS,
} from './institutions/institutions.parts';
import {
  OPERATIONS_WORKFLOWS_CONTROLLERS,
  OPERATIONS_WORKFLOWS_PROVIDERS,
} from './operations-workflows/operations-workflows.parts';
import {
  OPERATIONS_READ_MODELS_CONTROLLERS,
  OPERATIONS_READ_MODELS_PROVIDERS,
} from './operations-read-models/operations-read-models.parts';
import { OPERATIONS_CONTROLLERS, OPERATIONS_PROVIDERS } from './operations/operations.parts';
import { V1Document } from './openapi/v1-document';
import { V1DocumentController } from './openapi/v1-document.http.controller';
import { SignInSweep } from './sweeps/sign-in-sweep';
import { SweepSchedule } from './sweeps/sweep-schedule';
import { SweepsController } from './sweeps/sweeps.http.controller';
import { OwnWebhooksController } from './webhooks/admin/own-webhooks.http.controller';
import { PartnerAppWebhooksController } from './webhooks/admin/partner-app-webhooks.http.controller';
import { WebhookAdministration } from './webhooks/admin/webhook-administration';
import { webhookProviders } from './webhooks/webhooks.providers';
import { OAuthTokenController } from './partners/oauth-token.http.controller';
import { PartnerClients } from './partners/partner-clients';
import { PartnerClientsController } from './partners/partner-clients.http.controller';
import { PartnerAppListController } from './partners/partner-app-list.http.controller';
import { RateBuckets } from './rate-limits/rate-buckets';
import { RateLimiter } from './rate-limits/rate-limiter';
import { RatePlans } from './rate-limits/rate-plans';
import { LocalIdpSetup } from './local-idp/local-idp.setup';
import { PeopleDirectory } from './people/people-directory';
import { BrowserSessions } from './sign-in/browser-sessions';
import { IdentityProviders } from './sign-in/identity-providers';
import { RelyingParty } from './sign-in/relying-party';
import { SignInAttempts } from './sign-in/sign-in-attempts';
import { SignInController } from './sign-in/sign-in.http.controller';
import { CredentialAudit } from './sign-in/credential-audit';
import { SignInService } from './sign-in/sign-in.service';

/** The public door: sign-in, bearer tokens, and the /v1 API forwarded to the services. */
@Module({})
export class GatewayModule {
  static forRoot(deps: ServiceDeps, config: GatewayConfig): DynamicModule {
    return serviceModule(GatewayModule, deps, {
      // The catch-all /v1 forwarding is a plain Fastify route (V1ForwardingRoutes), below these.
      controllers: [
        SignInController,
        OAuthTokenController,
        PartnerClientsController,
        PartnerAppListController,
        AuditController,
        SweepsController,
        PartnerAppWebhooksController,
        OwnWebhooksController,
        ...INSTITUTIONS_CONTROLLERS,
        ...OPERATIONS_CONTROLLERS,
        ...OPERATIONS_WORKFLOWS_CONTROLLERS,
        ...OPERATIONS_READ_MODELS_CONTROLLERS,
        V1DocumentController,
      ],
      readModels: INSTITUTIONS_READ_MODELS,
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        {
          provide: AccessTokens,
          // Verified once per token and instance (see verified-access-tokens.ts).
          useValue: new VerifiedAccessTokens(
            config.RAPPORT_INTERNAL_JWT_PRIVATE_KEY,
            config.RAPPORT_INTERNAL_JWT_PUBLIC_KEY,
            config.publicUrl,
          ),
        },
        ...dbBacked(
          BrowserSessions,
          SignInAttempts,
          PeopleDirectory,
          IdempotencyRecords,
          CorsOrigins,
          RateBuckets,
          RatePlans,
          PartnerClients,
          AuditTrail,
        ),
        // Seals client secrets with the configured key, so not one of the db-only classes above.
        IdentityProviders,
        { provide: RelyingParty, useValue: new RelyingParty() },
        GatewayHttpSetup,
        // The console at / for whatever no route above took (after /v1, /oidc and /auth).
        ConsoleAssets,
        SignInService,
        CredentialAudit,
        LocalIdpSetup,
        ...INSTITUTIONS_PROVIDERS,
        ...OPERATIONS_WORKFLOWS_PROVIDERS,
        ...OPERATIONS_READ_MODELS_PROVIDERS,
        CallerResolver,
        ServiceForwarder,
        V1Forwarding,
        V1ForwardingRoutes,
        RouteAuthorizer,
        RateLimiter,
        V1Document,
        SignInSweep,
        SweepSchedule,
        ...webhookProviders(),
        WebhookAdministration,
        ...OPERATIONS_PROVIDERS,
      ],
    });
  }
}
