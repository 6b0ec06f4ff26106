import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of the API reference at /docs (Swagger UI from swagger-ui-dist,
 * served by the gateway itself: no CDN). Narrower than helmet's default, which the rest of the
 * gateway keeps: scripts and styles from the gateway only (Swagger UI sets inline style
 * attributes, hence 'unsafe-inline' for styles alone), images inline or from the gateway, and
 * "Try it out" calls to the gateway's public origin. upgrade-insecure-requests only when the
 * gateway is https: on a plain-http development gateway it would send the page's requests nowhere.
 */
export function docsContentSecurityPolicy(publicUrl: string): string {
  const origin = new URL(publicUrl).origin;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${origin}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    ...(publicUrl.startsWith('https://') ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

const isDocsPage = (url: string) =>
  url === '/docs' || url.startsWith('/docs/') || url.startsWith('/docs?');

/**
 * Replaces helmet's policy on /docs answers. Registered after helmet, so this hook runs after
 * helmet's and its header is the one sent.
 */
export function installDocsPolicy(fastify: FastifyInstance, publicUrl: string): void {
  const policy = docsContentSecurityPolicy(publicUrl);
  // A callback hook: every request passes it, and an async one costs each a promise.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (isDocsPage(request.url)) void reply.header('content-security-policy', policy);
    done();
  });
}
