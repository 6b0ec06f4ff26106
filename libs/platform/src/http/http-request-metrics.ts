import { type FastifyInstance } from 'fastify';
import { histogram } from '../metrics';

/** Records one answered request: method, route template, status and duration in seconds. */
export type HttpRequestObserver = (
  method: string,
  route: string,
  statusCode: number,
  seconds: number,
) => void;

/**
 * The series of request durations every service exposes, by method, route template and status.
 * Also for a request answered outside Fastify's hooks (the gateway's /v1 read lane), so that it
 * lands in the same series as the rest.
 */
export function httpRequestObserver(): HttpRequestObserver {
  const duration = histogram(
    'rapport_http_request_duration_seconds',
    'Duration of HTTP requests handled by the service',
    ['method', 'route', 'status_code'],
  );
  return (method, route, statusCode, seconds) =>
    duration.observe({ method, route, status_code: String(statusCode) }, seconds);
}

/** Request duration by method, route template and status, recorded as each response finishes. */
export function recordHttpRequestMetrics(fastify: FastifyInstance): void {
  const observe = httpRequestObserver();
  fastify.addHook('onResponse', (request, reply, done) => {
    // The template, never the raw URL: ids in paths would make one series per resource.
    observe(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
}
