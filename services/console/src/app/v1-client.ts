import type { z } from 'zod';
import type { Session } from '../session/session';
import { problemOf } from './problem';

/** A /v1 path with each dynamic segment escaped, so an id can never add a segment. */
export function v1Path(strings: TemplateStringsArray, ...ids: string[]): string {
  return strings.reduce(
    (path, part, i) => path + part + (i < ids.length ? encodeURIComponent(ids[i] ?? '') : ''),
    '/v1',
  );
}

/**
 * Reads a /v1 resource with the session cookie and checks the answer's shape at the edge; a
 * refusal or failure becomes a ProblemError with what the gateway or service said.
 */
export async function v1Get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const reply = await fetch(path, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!reply.ok) throw await problemOf(reply);
  return schema.parse(await reply.json());
}

/** A /v1 answer with its ETag, the version a later change sends back as If-Match. */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string | null;
}

/** Like v1Get, keeping the ETag for an If-Match change. */
export async function v1GetVersioned<T>(path: string, schema: z.ZodType<T>): Promise<Versioned<T>> {
  const reply = await fetch(path, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!reply.ok) throw await problemOf(reply);
  return { value: schema.parse(await reply.json()), etag: reply.headers.get('etag') };
}

/**
 * A change through /v1: the session's CSRF token goes with it (the gateway refuses a change made
 * with the cookie alone, which a forged cross-site form would also carry), and `ifMatch` when the
 * change must not overwrite someone else's (the service answers 412 if the version moved on).
 */
export async function v1Send<T>(
  session: Session,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  ifMatch?: string,
): Promise<Versioned<T>> {
  const reply = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!reply.ok) throw await problemOf(reply);
  // A 204 (a revocation, a removal) has no body to check.
  const value = schema.parse(reply.status === 204 ? undefined : await reply.json());
  return { value, etag: reply.headers.get('etag') };
}

/** A change through /v1 (see v1Send), its answer only. */
export async function v1Change<T>(
  session: Session,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  return (await v1Send(session, method, path, body, schema)).value;
}
