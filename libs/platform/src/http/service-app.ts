import { type Type } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type FastifyInstance } from 'fastify';
import { createLogger, type Logger } from '../logging';
import { type ApiDocsOptions, publishApiDocs } from './api-docs';
import { installBodyParsers } from './body-parsers';
import { DEFAULT_JSON_LIMIT_BYTES } from './body-policy';
import {
  CORRELATION_ID_HEADER,
  correlationIdFromHeader,
  rememberCorrelationId,
} from './correlation-id';
import { answerFrameworkError } from './framework-errors';
import { recordHttpRequestMetrics } from './http-request-metrics';
import { InternalAuthGuard } from './internal-auth.guard';
import { assertInternalPublicKey } from './internal-token';
import { NestPinoLogger } from './nest-pino-logger';
import { ProblemJsonFilter, rememberTransportError } from './problem-json.filter';
import { type ProblemMapper } from './problem-mapping';
import { installRequestGates } from './request-gates';

export interface ServiceAppOptions {
  /** Also the audience internal tokens must be minted for. */
  serviceName: string;
  publicKeyPem: string;
  /**
   * The limit of routes that declare no BodyPolicy (JSON routes); default 64 KiB. A route that
   * takes files or larger posts says so with @AcceptsBody, which also names its media types.
   */
  bodyLimitBytes?: number;
  /**
   * Also keep the exact bytes of JSON and urlencoded bodies as `request.rawBody` (a Buffer), beside
   * the parsed body: for routes that check a signature over them (provider webhooks).
   */
  rawBody?: boolean;
  problemMappers?: ProblemMapper[];
  openApi?: ApiDocsOptions['openApi'];
  /** `false` for a worker with no API of its own: no /docs, no /docs/openapi.json. */
  apiDocs?: false;
  /** Defaults to createLogger(serviceName). */
  logger?: Logger;
}

/**
 * The Nest application every service runs: Fastify, the internal-token guard, problem+json
 * errors, pino logs, correlation ids and OpenAPI at /docs. Returned initialised; the caller listens.
 * Bodies: JSON only (64 KiB) unless a route declares otherwise with @AcceptsBody; see request-gates.
 */
export async function createServiceApp(
  rootModule: unknown,
  options: ServiceAppOptions,
): Promise<NestFastifyApplication> {
  await assertInternalPublicKey(options.publicKeyPem);
  const logger = options.logger ?? createLogger(options.serviceName);
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_JSON_LIMIT_BYTES;
  const adapter = new FastifyAdapter({
    // No service uses Nest middleware (`app.use`, MiddlewareConsumer): without middie, no request
    // pays for an onRequest hook that walks an empty middleware list.
    skipMiddie: true,
    bodyLimit,
    trustProxy: false,
    frameworkErrors: answerFrameworkError,
  });
  installTransportHooks(adapter.getInstance(), bodyLimit, options.rawBody ?? false);

  const app = await NestFactory.create<NestFastifyApplication>(rootModule as Type, adapter, {
    bufferLogs: true,
    // Throw instead of process.abort() when the module graph is broken, so callers see why.
    abortOnError: false,
    // The parsers are ours (strict UTF-8, no limit of their own, forms only where a route asks).
    bodyParser: false,
  });
  app.useLogger(new NestPinoLogger(logger));
  app.useGlobalGuards(
    new InternalAuthGuard(app.get(Reflector), options.publicKeyPem, options.serviceName),
  );
  app.useGlobalFilters(new ProblemJsonFilter(options.problemMappers ?? [], logger));
  app.enableShutdownHooks();
  if (options.apiDocs !== false) publishApiDocs(app, options);
  await app.init();
  return app;
}

function installTransportHooks(
  fastify: FastifyInstance,
  defaultLimitBytes: number,
  rawBody: boolean,
): void {
  installBodyParsers(fastify, { rawBody });
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
  installRequestGates(fastify, defaultLimitBytes);
  recordHttpRequestMetrics(fastify);
}
