import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { ValidationProblem } from './problems';

export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, refusing bytes that are not UTF-8 (a lenient decode would store U+FFFD). */
function utf8Text(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new ValidationProblem(
      [{ pointer: '', detail: 'The body is not valid UTF-8' }],
      'The body is not valid UTF-8',
    );
  }
}

function keepRawBody(request: FastifyRequest, body: Buffer): void {
  (request as FastifyRequest & { rawBody?: Buffer }).rawBody = body;
}

/**
 * The only parsers a service has: JSON and forms decoded as strict UTF-8, and every other media
 * type as bytes for the handler to read. Which route accepts which type is the body gate's
 * business (see request-gates.ts); the parsers set no limit of their own, so the route's applies.
 */
export function installBodyParsers(fastify: FastifyInstance, options: { rawBody: boolean }): void {
  fastify.removeAllContentTypeParsers();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (options.rawBody) keepRawBody(request, bytes);
    let text: string;
    try {
      text = utf8Text(bytes);
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    void parseJson(request, text, done);
  });
  fastify.addContentTypeParser(FORM_MEDIA_TYPE, { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (options.rawBody) keepRawBody(request, bytes);
    try {
      done(null, Object.fromEntries(new URLSearchParams(utf8Text(bytes))));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  fastify.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
}
