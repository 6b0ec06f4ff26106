import { describeAuthorizationMatrix } from '../authorization/testing/authorization-matrix.suite';
import { useV1Stack } from '../authorization/testing/v1-stack';
import { NOT_FORWARDED } from './not-forwarded';
import { isJsonObject, type JsonObject } from './openapi-31';
import { openApi30Leftovers } from './openapi-30-leftovers';
import { validateOpenApi } from './openapi-validation';

/**
 * The /v1 API through the gateway to the five real services (started as registered, once for this
 * file): its OpenAPI document and docs page, then its authorization matrix. One file so the two
 * share one start of the six processes, which is most of their time.
 */
const stackOf = useV1Stack('gateway-v1-api');

/** /v1/openapi.json assembled from the real services' documents and the gateway's own. */
describe('the /v1 OpenAPI document and its docs page', () => {
  let gateway: { url: string };
  let services: ReadonlyMap<string, { url: string }>;
  let document: JsonObject;

  beforeAll(async () => {
    ({ gateway, services } = stackOf());
    document = (await (await fetch(`${gateway.url}/v1/openapi.json`)).json()) as JsonObject;
  });

  it('is a valid OpenAPI 3.1 document with nothing left in 3.0 terms', () => {
    expect(document['x-rapport-unavailable-services']).toEqual([]);
    const validation = validateOpenApi(document);
    expect(validation.errors).toBeNull();
    expect(validation).toMatchObject({ valid: true, version: '3.1' });
    expect(openApi30Leftovers(document)).toEqual([]);
  });

  it('has every path a service documents under /v1, except the ones listed with a reason', async () => {
    // A path a service documents but no /v1 route owns fails here, until the route table owns it
    // or NOT_FORWARDED says why it stays outside (and an entry that no longer applies fails too).
    expect([...(document['x-rapport-not-forwarded'] as string[])].sort()).toEqual(
      Object.keys(NOT_FORWARDED).sort(),
    );
    const paths = document['paths'] as Record<string, JsonObject>;
    for (const [name, service] of services) {
      const own = (await (await fetch(`${service.url}/docs/openapi.json`)).json()) as {
        paths: Record<string, unknown>;
      };
      const expected = Object.keys(own.paths).filter(
        (path) => !['/health', '/metrics'].includes(path) && !NOT_FORWARDED[`${name} ${path}`],
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.filter((path) => !paths[`/v1${path}`])).toEqual([]);
    }
  });

  it("describes the gateway's own routes and credentials instead of the internal token", () => {
    const paths = document['paths'] as Record<string, Record<string, JsonObject>>;
    for (const own of [
      '/auth/{tenantId}/sign-in',
      '/oauth/token',
      '/v1/audit',
      '/v1/openapi.json',
    ]) {
      expect(paths[own]).toBeDefined();
    }
    expect(Object.keys(paths).filter((path) => path.includes('{path}'))).toEqual([]);
    expect(JSON.stringify(paths)).not.toContain('internal token');
    const schemes = (document['components'] as { securitySchemes: JsonObject }).securitySchemes;
    const partner = schemes['partner'];
    expect(isJsonObject(partner) && JSON.stringify(partner['flows'])).toContain(
      `${gateway.url}/oauth/token`,
    );
    expect(paths['/v1/members/{memberId}/contacts']?.['post']?.['security']).toEqual([
      { bearer: [] },
      { session: [], csrf: [] },
      { partner: ['contacts:write'] },
    ]);
  });

  it('serves /docs from the gateway itself, showing /v1/openapi.json under its own CSP', async () => {
    const page = await fetch(`${gateway.url}/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    // Every script from the gateway itself (no CDN: these machines have no internet).
    expect(scripts.every((src) => src.startsWith('/docs/'))).toBe(true);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    for (const src of scripts) {
      const script = await fetch(`${gateway.url}${src}`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
    }
    const init = await (await fetch(`${gateway.url}${scripts[scripts.length - 1]}`)).text();
    expect(init).toContain('"/v1/openapi.json"');
    // The rest of the gateway keeps helmet's stricter default.
    const elsewhere = await fetch(`${gateway.url}/v1/openapi.json`);
    expect(elsewhere.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describeAuthorizationMatrix(stackOf);
