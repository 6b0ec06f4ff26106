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

/**
 * A change through /v1: the session's CSRF token goes with it (the gateway refuses a change made
 * with the cookie alone, which a forged cross-site form would also carry).
 */
export async function v1Change<T>(
  session: Session,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  const reply = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'x-csrf-token': session.csrfToken,
    },
    body: JSON.stringify(body),
  });
  if (!reply.ok) throw await problemOf(reply);
  return schema.parse(await reply.json());
}
