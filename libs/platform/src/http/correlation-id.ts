import { randomUUID } from 'node:crypto';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

// A caller-supplied id ends up in every log line; anything beyond a plain token is replaced so
// a header cannot inject lines or blow up log storage.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const correlationIds = new WeakMap<object, string>();

/** The id from the header when it is acceptable, else a new uuid. */
export function correlationIdFromHeader(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && ACCEPTABLE_ID.test(value) ? value : randomUUID();
}

export function isAcceptableCorrelationId(value: string): boolean {
  return ACCEPTABLE_ID.test(value);
}

export function rememberCorrelationId(request: object, correlationId: string): void {
  correlationIds.set(request, correlationId);
}

export function correlationIdOf(request: object): string | undefined {
  return correlationIds.get(request);
}
