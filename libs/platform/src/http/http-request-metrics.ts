import { type FastifyInstance } from 'fastify';
import { histogram } from '../metrics';

/** Request duration by method, route template and status, recorded as each response finishes. */
export function recordHttpRequestMetrics(fastify: FastifyInstance): void {
  const duration = histogram(
    'rapport_http_request_duration_seconds',
    'Duration of HTTP requests handled by the service',
    ['method', 'route', 'status_code'],
  );
  fastify.addHook('onResponse', (request, reply, done) => {
    // The template, never the raw URL: ids in paths would make one series per resource.
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
