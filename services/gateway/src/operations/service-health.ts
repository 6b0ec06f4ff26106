import { z } from 'zod';
import type { ServiceHealthLine } from './operations.answers';
import type { RegisteredService } from './registered-services';

// Terminus's answer, up or down: a status and one entry per probe.
const terminusAnswer = z.object({
  status: z.string(),
  details: z
    .record(
      z.string(),
      z.looseObject({
        status: z.string(),
        message: z.string().optional(),
        note: z.string().optional(),
      }),
    )
    .optional(),
});

/**
 * Asks one service for its /health within `timeoutMs`. Whatever happens becomes a line: a
 * service that is down is what the operator came to see, not an error of this route.
 */
export async function checkService(
  service: RegisteredService,
  timeoutMs: number,
): Promise<ServiceHealthLine> {
  const started = performance.now();
  const line = { name: service.name, kind: service.kind };
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(service.healthUrl, { signal: AbortSignal.timeout(timeoutMs) });
    const parsed = terminusAnswer.safeParse(await response.json().catch(() => undefined));
    const checks = Object.entries(parsed.data?.details ?? {}).map(([name, detail]) => {
      const message = detail.message ?? detail.note;
      return { name, status: detail.status, ...(message ? { message } : {}) };
    });
    const up = response.ok && parsed.data?.status === 'ok';
    return {
      ...line,
      status: up ? 'up' : 'down',
      latencyMs: elapsed(),
      httpStatus: response.status,
      ...(parsed.success ? {} : { message: 'its /health answer is not a health report' }),
      checks,
    };
  } catch (error) {
    return {
      ...line,
      status: 'unreachable',
      latencyMs: elapsed(),
      message: whyNot(error, timeoutMs),
      checks: [],
    };
  }
}

/** Why nothing answered, in an operator's words (fetch hides the socket's error in `cause`). */
function whyNot(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'not listening';
  const why = typeof cause?.code === 'string' ? cause.code : cause?.message;
  return typeof why === 'string' ? `unreachable (${why.slice(0, 100)})` : 'unreachable';
}
