import { type Type } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type FastifyInstance } from 'fastify';
import { createLogger, type Logger } from '../logging';
import { publishApiDocs } from './api-docs';
import {
  CORRELATION_ID_HEADER,
  correlationIdFromHeader,
  rememberCorrelationId,
} from './correlation-id';
import { recordHttpRequestMetrics } from './http-request-metrics';
import { InternalAuthGuard } from './internal-auth.guard';
import { assertInternalPublicKey } from './internal-token';
import { NestPinoLogger } from './nest-pino-logger';
import { ProblemJsonFilter, rememberTransportError } from './problem-json.filter';
import { type ProblemMapper } from './problem-mapping';

export interface ServiceAppOptions {
  /** Also the audience internal tokens must be minted for. */
  serviceName: string;
  publicKeyPem: string;
  /** Default 1 MiB. */
  bodyLimitBytes?: number;
  /** Bodies of these types reach the handler as a Buffer, e.g. ['text/csv', 'text/vcard']. */
  rawBodyContentTypes?: string[];
  /**
   * Also keep the exact bytes of JSON and urlencoded bodies as `request.rawBody` (a Buffer), beside
   * the parsed body: for routes that check a signature over them (provider webhooks).
   */
  rawBody?: boolean;
  problemMappers?: ProblemMapper[];
  openApi?: { title: string; version: string; description?: string };
  /** Defaults to createLogger(serviceName). */
  logger?: Logger;
}

const ONE_MIB = 1024 * 1024;

/**
 * The Nest application every service runs: Fastify, the internal-token guard, problem+json
 * errors, pino logs, correlation ids and OpenAPI at /docs. Returned initialised; the caller listens.
 */
export async function createServiceApp(
  rootModule: unknown,
  options: ServiceAppOptions,
): Promise<NestFastifyApplication> {
  await assertInternalPublicKey(options.publicKeyPem);
  const logger = options.logger ?? createLogger(options.serviceName);
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimitBytes ?? ONE_MIB,
    trustProxy: false,
  });
  installTransportHooks(adapter.getInstance(), options.rawBodyContentTypes ?? []);

  const app = await NestFactory.create<NestFastifyApplication>(rootModule as Type, adapter, {
    bufferLogs: true,
    // Throw instead of process.abort() when the module graph is broken, so callers see why.
    abortOnError: false,
    ...(options.rawBody ? { rawBody: true } : {}),
  });
  app.useLogger(new NestPinoLogger(logger));
  app.useGlobalGuards(
    new InternalAuthGuard(app.get(Reflector), options.publicKeyPem, options.serviceName),
  );
  app.useGlobalFilters(new ProblemJsonFilter(options.problemMappers ?? [], logger));
  app.enableShutdownHooks();
  publishApiDocs(app, options);
  await app.init();
  return app;
}

function installTransportHooks(fastify: FastifyInstance, rawBodyContentTypes: string[]): void {
  if (rawBodyContentTypes.length > 0) {
    fastify.addContentTypeParser(
      rawBodyContentTypes,
      { parseAs: 'buffer' },
      (_request, body, done) => done(null, body),
    );
  }
  fastify.addHook('onRequest', (request, reply, done) => {
    const correlationId = correlationIdFromHeader(request.headers[CORRELATION_ID_HEADER]);
    rememberCorrelationId(request, correlationId);
    void reply.header(CORRELATION_ID_HEADER, correlationId);
    done();
  });
  fastify.addHook('onError', (request, _reply, error, done) => {
    rememberTransportError(request, error);
    done();
  });
  recordHttpRequestMetrics(fastify);
}
