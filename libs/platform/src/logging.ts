import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * The one logger factory: JSON lines with the service name, secrets redacted by path.
 * Pass `correlationId` (and causation/tenant where known) through `child()` so every line of one
 * request or message can be found together.
 */
export function createLogger(service: string, level = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: ['*.password', '*.apiKey', '*.token', '*.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
  });
}

/** A child logger carrying the ids that tie log lines to one flow of events. */
export function withCorrelation(
  logger: Logger,
  ids: { correlationId?: string; causationId?: string; tenantId?: string; eventId?: string },
): Logger {
  return logger.child(Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== undefined)));
}
