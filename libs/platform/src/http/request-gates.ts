import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { type BodyPolicy, bodyPolicyOf, JSON_BODY } from './body-policy';
import { MethodNotAllowedProblem, UnsupportedMediaTypeProblem } from './problems';

interface KnownRoute {
  readonly pattern: RegExp;
  readonly methods: Set<string>;
}

const routeTables = new WeakMap<FastifyInstance, Map<string, KnownRoute>>();

/**
 * Every route the service registered, as `{ url, methods, pattern }` (the pattern matches the
 * paths the url template serves), for checks over the route table.
 */
export function routeTableOf(
  fastify: FastifyInstance,
): { url: string; methods: string[]; pattern: RegExp }[] {
  return [...(routeTables.get(fastify) ?? new Map<string, KnownRoute>()).entries()].map(
    ([url, route]) => ({ url, methods: [...route.methods], pattern: route.pattern }),
  );
}

/** A route url ('/members/:memberId/contacts') as a whole-path pattern. */
function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) =>
      segment.startsWith(':')
        ? '[^/]+'
        : segment === '*'
          ? '.*'
          : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}$`);
}

function mediaTypeOf(header: string): { essence: string; charset: string | undefined } {
  const [essence = '', ...parameters] = header.split(';');
  const charset = parameters
    .map((parameter) => parameter.split('='))
    .find(([name]) => name?.trim().toLowerCase() === 'charset')?.[1];
  return {
    essence: essence.trim().toLowerCase(),
    charset: charset?.trim().replace(/^"|"$/g, '').toLowerCase(),
  };
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (
    (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined
  );
}

/** Refuses a body the route's policy does not name, before any of it is read. */
export function assertBodyAccepted(request: FastifyRequest, policy: BodyPolicy): void {
  if (!hasBody(request)) return;
  const header = request.headers['content-type'];
  const accepted = { acceptedMediaTypes: policy.mediaTypes };
  if (header === undefined) {
    throw new UnsupportedMediaTypeProblem('A request body needs a Content-Type.', accepted);
  }
  const { essence, charset } = mediaTypeOf(header);
  if (!policy.mediaTypes.includes(essence)) {
    throw new UnsupportedMediaTypeProblem(
      `This route accepts ${policy.mediaTypes.join(', ')}.`,
      accepted,
    );
  }
  if (charset !== undefined && charset !== 'utf-8' && !policy.anyCharset) {
    throw new UnsupportedMediaTypeProblem('Bodies are read as UTF-8; send charset=utf-8.', {
      acceptedCharsets: ['utf-8'],
    });
  }
}

/**
 * Gates that run before a request reaches Nest: each route's body limit and media types (from its
 * BodyPolicy, JSON by default), and 405 with `Allow` for a path that exists under other methods.
 * Errors thrown here reach the problem+json filter through Nest's error handler.
 */
export function installRequestGates(fastify: FastifyInstance, defaultLimitBytes: number): void {
  const routes = new Map<string, KnownRoute>();
  routeTables.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    const policy = bodyPolicyOf(route.config);
    if (policy && route.bodyLimit === undefined) route.bodyLimit = policy.limitBytes;
    const known = routes.get(route.url) ?? { pattern: patternOf(route.url), methods: new Set() };
    for (const method of [route.method].flat()) known.methods.add(method.toUpperCase());
    routes.set(route.url, known);
  });
  const defaultPolicy: BodyPolicy = { ...JSON_BODY, limitBytes: defaultLimitBytes };
  fastify.addHook('onRequest', (request, reply, done) => {
    try {
      if (request.is404) {
        const path = request.url.split('?')[0] ?? '';
        const allowed = [...routes.values()]
          .filter((route) => route.pattern.test(path))
          .flatMap((route) => [...route.methods]);
        if (allowed.length > 0) {
          const methods = [...new Set(allowed)].sort();
          void reply.header('allow', methods.join(', '));
          throw new MethodNotAllowedProblem(methods);
        }
      } else {
        assertBodyAccepted(request, bodyPolicyOf(request.routeOptions.config) ?? defaultPolicy);
      }
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}
