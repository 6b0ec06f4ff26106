import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { z } from 'zod';
import { FaultQueue, faultRequest } from './faults';
import { validateMailSend } from './mail-send.validation';
import { type CapturedMessage, MessageStore } from './message-store';
import { errorBody, sendGridError } from './sendgrid-errors';

export interface CaptureServerOptions {
  /** 0 picks a free port (tests); see `CaptureServer.port` for the one bound. */
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Rapport's data dir; messages go to `<dataDir>/sendgrid-capture/messages.jsonl`. */
  dataDir: string;
  /** Fastify's pino request log on stdout (the standalone server turns it on). Default off. */
  logger?: boolean;
}

export interface CaptureServer {
  /** http://host:port, what the SendGrid client's baseUrl is set to. */
  url: string;
  port: number;
  /** The messages file. */
  file: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export const MESSAGES_FILE = path.join('sendgrid-capture', 'messages.jsonl');
const DEFAULT_LIST_LIMIT = 50;
const MAX_LIST_LIMIT = 500;
// SendGrid takes messages up to 30 MB including attachments.
const BODY_LIMIT_BYTES = 32 * 1024 * 1024;

const listQuery = z.object({
  to: z.string().min(1).optional(),
  since: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time')
    .optional(),
  limit: z.coerce.number().int().min(1).optional(),
});

/** A local stand-in for SendGrid's v3 mail-send API that keeps what it is sent. */
export async function startCaptureServer(options: CaptureServerOptions): Promise<CaptureServer> {
  const host = options.host ?? '127.0.0.1';
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: options.logger ? { level: 'info' } : false,
    // One line per captured or refused message says more than a line per request.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const file = path.join(options.dataDir, MESSAGES_FILE);
  const store = await MessageStore.open(file, (line) =>
    app.log.warn({ file, line }, 'skipped an unreadable line of the message log'),
  );
  const faults = new FaultQueue();

  // Every error, Fastify's own included (bad JSON, wrong media type, too large), in SendGrid's shape.
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) app.log.error(error);
    return reply.code(status).send(errorBody(sendGridError(error.message)));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(errorBody(sendGridError(`No route ${request.method} ${request.url} here.`))),
  );
  // The console's mail log reads these from the browser.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.method === 'GET') reply.header('access-control-allow-origin', '*');
    done(null, payload);
  });

  app.get('/health', () =>
    Promise.resolve({ status: 'ok', service: 'sendgrid-capture', messages: store.size }),
  );

  app.post('/v3/mail/send', async (request, reply) => {
    const keyHash = requireKey(request, reply);
    if (keyHash === undefined) return reply;
    const fault = faults.take(keyHash);
    if (fault) {
      if (fault.retryAfterSeconds !== undefined)
        reply.header('retry-after', String(fault.retryAfterSeconds));
      request.log.info({ status: fault.status }, 'answered an armed fault');
      return reply.code(fault.status).send({ errors: fault.errors });
    }
    const errors = validateMailSend(request.body);
    if (errors.length > 0) {
      request.log.info({ fields: errors.map((e) => e.field) }, 'refused a message');
      return reply.code(400).send(errorBody(...errors));
    }

    const message: CapturedMessage = {
      ...(request.body as Record<string, unknown>),
      id: randomBytes(16).toString('base64url'),
      receivedAt: new Date().toISOString(),
      apiKeyHash: keyHash,
    };
    await store.add(message);
    request.log.info({ messageId: message.id }, 'captured a message');
    return reply.code(202).header('x-message-id', message.id).send();
  });

  app.get('/api/messages', async (request, reply) => {
    const scope = optionalKey(request, reply);
    if (scope === null) return reply;
    const query = listQuery.safeParse(request.query);
    if (!query.success) {
      return reply
        .code(400)
        .send(
          errorBody(
            ...query.error.issues.map((i) =>
              sendGridError(`${i.path.join('.')}: ${i.message}`, i.path.join('.')),
            ),
          ),
        );
    }
    const { to, since, limit } = query.data;
    const messages = store.list({
      limit: Math.min(limit ?? DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT),
      ...(scope !== undefined ? { apiKeyHash: scope } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(since !== undefined ? { sinceMs: Date.parse(since) } : {}),
    });
    return { messages };
  });

  app.get<{ Params: { id: string } }>('/api/messages/:id', async (request, reply) => {
    const scope = optionalKey(request, reply);
    if (scope === null) return reply;
    const message = store.get(request.params.id);
    if (!message || (scope !== undefined && message.apiKeyHash !== scope)) {
      return reply
        .code(404)
        .send(errorBody(sendGridError(`No message with id ${request.params.id}.`, 'id')));
    }
    return message;
  });

  app.post('/api/faults', async (request, reply) => {
    const keyHash = requireKey(request, reply);
    if (keyHash === undefined) return reply;
    const parsed = faultRequest.safeParse(request.body ?? {});
    if (!parsed.success) {
      return reply
        .code(400)
        .send(
          errorBody(
            ...parsed.error.issues.map((i) =>
              sendGridError(
                `${i.path.join('.') || 'body'}: ${i.message}`,
                i.path.join('.') || null,
              ),
            ),
          ),
        );
    }
    return reply.code(201).send({ faults: faults.arm(keyHash, parsed.data) });
  });

  app.delete('/api/faults', async (request, reply) => {
    const keyHash = requireKey(request, reply);
    if (keyHash === undefined) return reply;
    faults.clear(keyHash);
    return reply.code(204).send();
  });

  await app.listen({ port: options.port, host });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    file,
    app,
    close: () => app.close(),
  };
}

/** sha256 hex of the key, first 16 characters: enough to tell keys apart, useless to send mail. */
export function apiKeyHash(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
}

/** The key hash of `Authorization: Bearer <key>`, or undefined after answering 401. */
function requireKey(request: FastifyRequest, reply: FastifyReply): string | undefined {
  const hash = bearerKeyHash(request);
  if (hash === undefined || hash === null) {
    void reply
      .code(401)
      .send(
        errorBody(
          sendGridError(
            'Authorization required: send the header "Authorization: Bearer <API key>".',
          ),
        ),
      );
    return undefined;
  }
  return hash;
}

/** The key hash when a key is given, undefined when none is, null (after a 401) when malformed. */
function optionalKey(request: FastifyRequest, reply: FastifyReply): string | undefined | null {
  if (request.headers.authorization === undefined) return undefined;
  const hash = bearerKeyHash(request);
  if (hash === undefined || hash === null) {
    void reply
      .code(401)
      .send(errorBody(sendGridError('The Authorization header must be "Bearer <API key>".')));
    return null;
  }
  return hash;
}

function bearerKeyHash(request: FastifyRequest): string | null | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ? apiKeyHash(match[1]) : null;
}
