import { createHmac } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import {
  DEMO_PEOPLE,
  DEMO_ROLE_CLAIM,
  DEMO_ROLE_VALUES,
  DEMO_TENANT_ID,
} from '../institutions/demo-institution';
import { IdentityProviders } from '../sign-in/identity-providers';
import {
  createLocalIdentityProvider,
  LOCAL_IDP_PATH,
  mountLocalIdentityProvider,
} from './local-identity-provider';

export const LOCAL_IDP_CLIENT_ID = 'rapport-gateway';

/**
 * When the local provider is on: serve it under /oidc and point the demo institution's sign-in at
 * it (idempotent, by `_id`). Its secrets derive from the gateway's private key, so every gateway
 * instance and every restart agree on them without storing another secret.
 */
@Injectable()
export class LocalIdpSetup implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly providers: IdentityProviders,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.localIdp) return;
    const derive = (purpose: string) =>
      createHmac('sha256', this.config.RAPPORT_INTERNAL_JWT_PRIVATE_KEY)
        .update(`local-idp:${purpose}`)
        .digest('base64url');
    const issuer = `${this.config.publicUrl}${LOCAL_IDP_PATH}`;
    const clientSecret = derive('client-secret');
    const provider = createLocalIdentityProvider({
      issuer,
      client: {
        clientId: LOCAL_IDP_CLIENT_ID,
        clientSecret,
        redirectUris: [`${this.config.publicUrl}/auth/${DEMO_TENANT_ID}/callback`],
      },
      people: DEMO_PEOPLE,
      roleClaim: DEMO_ROLE_CLAIM,
      cookieSecret: derive('cookies'),
    });
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    mountLocalIdentityProvider(fastify, provider);
    await this.providers.save({
      _id: DEMO_TENANT_ID,
      issuer,
      clientId: LOCAL_IDP_CLIENT_ID,
      clientSecret,
      scopes: ['openid', 'profile', 'email', 'rapport'],
      roleClaim: DEMO_ROLE_CLAIM,
      roleValues: DEMO_ROLE_VALUES,
    });
  }
}
