import fastifyCookie from '@fastify/cookie';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CorsOrigins } from './cors/cors-origins';
import { installCors } from './cors/cors.hook';
import type { GatewayConfig } from './gateway.config';
import { GATEWAY_CONFIG } from './gateway.tokens';
import { installDocsPolicy } from './openapi/docs-page.policy';
import { installSecurityHeaders } from './security-headers/security-headers';

/**
 * Fastify plugins the public door needs on top of the service app: cookies (sessions), security
 * headers on every answer (helmet's defaults: CSP, HSTS, nosniff, frame-ancestors…) and CORS for
 * the origins institutions listed (each bound to its tenant; see CallerResolver).
 * Registered while the app initialises; Fastify loads them before it listens.
 */
@Injectable()
export class GatewayHttpSetup implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly corsOrigins: CorsOrigins,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    await fastify.register(fastifyCookie);
    installSecurityHeaders(fastify);
    // The API reference page gets a policy of its own, after helmet's (see docs-page.policy.ts).
    installDocsPolicy(fastify, this.config.publicUrl);
    const ownOrigin = new URL(this.config.publicUrl).origin;
    installCors(
      fastify,
      async (origin) =>
        origin === ownOrigin || (await this.corsOrigins.tenantOf(origin)) !== undefined,
    );
  }
}
