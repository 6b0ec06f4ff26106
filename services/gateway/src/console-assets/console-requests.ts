/** What the gateway answers with from the built console, for a request no other route took. */
export type ConsoleAnswer =
  | { readonly kind: 'file'; readonly file: string; readonly immutable: boolean }
  | { readonly kind: 'page' };

// Everything the gateway answers itself or forwards. A miss under these stays a problem+json 404
// instead of becoming the console's page, so API clients never get HTML for a typo.
const GATEWAY_PREFIXES = ['/v1', '/auth', '/oidc', '/oauth', '/docs', '/health', '/metrics'];

// Letters, digits and . _ - in segments, nothing a file system could read as another folder.
const SAFE_PATH = /^(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$/;

/**
 * Decides from the method, URL and Accept header alone: a path whose last segment has a dot names
 * a file of the build (Vite puts hashed ones under /assets/, which never change), any other path a
 * client route, answered with the page so a bookmark or reload of /network works. Only browsers
 * navigating (Accept: text/html) get the page.
 */
export function consoleAnswerFor(
  method: string,
  url: string,
  accept: string | undefined,
): ConsoleAnswer | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const path = url.split('?')[0] ?? '';
  if (GATEWAY_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) {
    return undefined;
  }
  if (!SAFE_PATH.test(path)) return undefined;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last.includes('.')) {
    return { kind: 'file', file: path.slice(1), immutable: path.startsWith('/assets/') };
  }
  return accept?.includes('text/html') ? { kind: 'page' } : undefined;
}
