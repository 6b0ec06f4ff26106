import type { FastifyReply } from 'fastify';
import { PreconditionRequiredProblem, ValidationProblem } from './problems';

/** A stream version as an entity tag: `"7"`. */
export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', `"${version}"`);
}

/** The version a client says it last saw, from If-Match (`"7"`, `W/"7"` or `7`). */
export function versionFromIfMatch(
  header: string | undefined,
  required: boolean,
): number | undefined {
  if (header === undefined || header === '') {
    if (required) {
      throw new PreconditionRequiredProblem(
        'send If-Match with the ETag from your last read, so a change made meanwhile is not overwritten',
      );
    }
    return undefined;
  }
  const match = /^(?:W\/)?"?(\d{1,12})"?$/.exec(header.trim());
  if (!match) {
    throw new ValidationProblem([
      { pointer: '#/headers/if-match', detail: 'must be an ETag such as "3"' },
    ]);
  }
  return Number(match[1]);
}
