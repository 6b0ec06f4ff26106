import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/**
 * Fastify plugins the public door needs on top of the service app: cookies (sessions) and
 * security headers on every answer (helmet's defaults: CSP, HSTS, nosniff, frame-ancestors…).
 * Registered while the app initialises; Fastify loads them before it listens.
 */
@Injectable()
export class GatewayHttpSetup implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    await fastify.register(fastifyCookie);
    await fastify.register(fastifyHelmet, { global: true });
  }
}
