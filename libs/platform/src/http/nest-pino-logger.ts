import { type LoggerService } from '@nestjs/common';
import { type Logger } from '../logging';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Nest's own log lines (bootstrap, route mapping, Terminus) through the service's pino logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }

  error(message: unknown, ...optional: unknown[]): void {
    // Nest passes (message, stack?, context?) for errors.
    const stack = optional.length > 1 ? optional[0] : undefined;
    this.write('error', message, optional, typeof stack === 'string' ? { stack } : {});
  }

  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }

  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }

  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }

  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }

  private write(
    level: Level,
    message: unknown,
    optional: unknown[],
    extra: Record<string, unknown> = {},
  ): void {
    const last = optional.at(-1);
    const context = typeof last === 'string' ? { context: last } : {};
    if (message instanceof Error) {
      this.logger[level]({ ...context, ...extra, err: message }, message.message);
    } else if (typeof message === 'string') {
      this.logger[level]({ ...context, ...extra }, message);
    } else {
      this.logger[level]({ ...context, ...extra, data: message }, 'nest');
    }
  }
}
