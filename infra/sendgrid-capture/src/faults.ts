import { z } from 'zod';
import { type SendGridError, sendGridError } from './sendgrid-errors';

/** POST /api/faults: the next `times` sends with the caller's key answer `status`. */
export const faultRequest = z.strictObject({
  status: z.number().int().min(400).max(599),
  times: z.number().int().min(1).max(10_000).default(1),
  retryAfterSeconds: z.number().int().min(0).max(86_400).optional(),
  errors: z
    .array(
      z.strictObject({
        message: z.string().min(1),
        field: z.string().nullable().optional(),
        help: z.string().nullable().optional(),
      }),
    )
    .min(1)
    .optional(),
});

export type FaultRequest = z.infer<typeof faultRequest>;

export interface Fault {
  status: number;
  remaining: number;
  retryAfterSeconds?: number;
  errors: SendGridError[];
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'The request was refused (a fault armed on the capture server).',
  401: 'The provided API key was refused (a fault armed on the capture server).',
  403: 'Access forbidden (a fault armed on the capture server).',
  413: 'The payload is too large (a fault armed on the capture server).',
  429: 'Too many requests: the rate limit is exceeded (a fault armed on the capture server).',
  500: 'Internal server error (a fault armed on the capture server).',
  503: 'The service is unavailable (a fault armed on the capture server).',
};

/** Faults armed per API key hash, consumed first in, first out. In memory only. */
export class FaultQueue {
  private readonly byKey = new Map<string, Fault[]>();

  arm(apiKeyHash: string, request: FaultRequest): Fault[] {
    const fault: Fault = {
      status: request.status,
      remaining: request.times,
      errors: (request.errors ?? [{ message: defaultMessage(request.status) }]).map((e) => ({
        ...sendGridError(e.message, e.field ?? null),
        help: e.help ?? null,
      })),
      ...(request.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: request.retryAfterSeconds }
        : {}),
    };
    const queue = this.byKey.get(apiKeyHash) ?? [];
    queue.push(fault);
    this.byKey.set(apiKeyHash, queue);
    return this.pending(apiKeyHash);
  }

  /** The fault the next send with this key answers, counting it used; undefined when none. */
  take(apiKeyHash: string): Fault | undefined {
    const queue = this.byKey.get(apiKeyHash);
    const fault = queue?.[0];
    if (!queue || !fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) queue.shift();
    if (queue.length === 0) this.byKey.delete(apiKeyHash);
    return fault;
  }

  pending(apiKeyHash: string): Fault[] {
    return (this.byKey.get(apiKeyHash) ?? []).map((f) => ({ ...f }));
  }

  clear(apiKeyHash: string): void {
    this.byKey.delete(apiKeyHash);
  }
}

function defaultMessage(status: number): string {
  return (
    DEFAULT_MESSAGES[status] ??
    `The request failed with status ${status} (a fault armed on the capture server).`
  );
}
