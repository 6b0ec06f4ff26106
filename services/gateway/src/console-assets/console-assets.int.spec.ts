import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isolateSuite } from '@rapport/testing';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';

const PAGE = '<!doctype html><html lang="en"><title>console</title><div id="root"></div></html>';
const SCRIPT = 'console.log("console")';
const HTML = { accept: 'text/html,application/xhtml+xml' };

/** The gateway process serving a console build of our own making, next to its own routes. */
describe('the console served by the gateway', () => {
  const suite = isolateSuite('gateway-console-assets');
  const build = mkdtempSync(path.join(tmpdir(), 'rapport-console-'));
  let gateway: GatewayProcess;

  beforeAll(async () => {
    mkdirSync(path.join(build, 'assets'));
    writeFileSync(path.join(build, 'index.html'), PAGE);
    writeFileSync(path.join(build, 'assets/index-Ab12.js'), SCRIPT);
    gateway = await startGatewayProcess({
      database: suite.dbName,
      env: { RAPPORT_CONSOLE_DIR: build },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await suite.cleanup();
    rmSync(build, { recursive: true, force: true });
  });

  it.each(['/', '/network', '/pipeline/rel-1?tab=timeline'])(
    'answers %s with the page, checked on every visit, under the security headers',
    async (route) => {
      const reply = await fetch(`${gateway.url}${route}`, { headers: HTML });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
      expect(reply.headers.get('cache-control')).toBe('no-cache');
      expect(reply.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await reply.text()).toBe(PAGE);
    },
  );

  it('serves hashed assets for a year, immutable', async () => {
    const reply = await fetch(`${gateway.url}/assets/index-Ab12.js`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/javascript/);
    expect(reply.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await reply.text()).toBe(SCRIPT);
  });

  it('answers a missing file with a problem, not the page', async () => {
    const reply = await fetch(`${gateway.url}/assets/index-gone.js`, { headers: HTML });
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
  });

  it('keeps the gateway’s own routes and API misses as they were', async () => {
    const session = await fetch(`${gateway.url}/auth/session`, { headers: HTML });
    expect(session.status).toBe(401);
    const unknownArea = await fetch(`${gateway.url}/v1/members/ada/no-such-area`, {
      headers: HTML,
    });
    expect(unknownArea.headers.get('content-type')).toContain('application/problem+json');
    const discovery = await fetch(`${gateway.url}/oidc/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    // A script asking for an unknown path gets JSON, and a change on a client route is no read.
    const json = await fetch(`${gateway.url}/network`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    const post = await fetch(`${gateway.url}/network`, { method: 'POST', headers: HTML });
    expect(post.status).toBe(404);
  });

  it('never leaves the build folder', async () => {
    // fetch resolves dot segments itself, so these arrive as /etc/passwd and /etc/hostname:
    // client routes at best, never the files.
    for (const route of ['/%2e%2e/%2e%2e/etc/passwd', '/assets/%2e%2e/%2e%2e/etc/hostname']) {
      const reply = await fetch(`${gateway.url}${route}`, { headers: HTML });
      expect(reply.status).toBe(200);
      expect(await reply.text()).toBe(PAGE);
    }
    const encodedSlash = await fetch(`${gateway.url}/assets%2f..%2f..%2fetc%2fpasswd`, {
      headers: HTML,
    });
    expect(encodedSlash.status).toBe(404);
  });
});
