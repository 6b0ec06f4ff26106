import { generateInternalKeyPair } from '@rapport/platform/http';
import { isolateSuite } from '@rapport/testing';
import { UPSTREAM_SERVICES } from '../forwarding/upstream-routes';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { type ServiceProcess, startRegisteredService } from '../testing/service-process';
import { NOT_FORWARDED } from './not-forwarded';
import { isJsonObject, type JsonObject } from './openapi-31';
import { openApi30Leftovers } from './openapi-30-leftovers';
import { validateOpenApi } from './openapi-validation';

/**
 * /v1/openapi.json assembled from the real services' documents (every service behind the gateway
 * started as registered, in parallel) and the gateway's own, and the /docs page that shows it.
 */
describe('the /v1 OpenAPI document and its docs page', () => {
  const suite = isolateSuite('gateway-openapi');
  const services = new Map<string, ServiceProcess>();
  let gateway: GatewayProcess;
  let document: JsonObject;
  const databaseOf = (service: string) => `${suite.dbName}_${service}`;

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    // Two at a time: five Node processes compiling at once on two shared cores can take longer
    // than a start's deadline.
    for (let i = 0; i < UPSTREAM_SERVICES.length; i += 2) {
      await Promise.all(
        UPSTREAM_SERVICES.slice(i, i + 2).map(async (service) => {
          const upper = service.toUpperCase();
          const started = await startRegisteredService(
            service,
            {
              RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
              [`RAPPORT_${upper}_DB`]: databaseOf(service),
              [`RAPPORT_${upper}_TASK_QUEUE`]: `${suite.taskQueue}-${service}`,
              [`RAPPORT_${upper}_BRIDGE_GROUP`]: `${suite.id}-${service}`,
            },
            { timeoutMs: 150_000 },
          );
          services.set(service, started);
        }),
      );
    }
    gateway = await startGatewayProcess({
      database: suite.dbName,
      keys,
      env: Object.fromEntries(
        [...services].map(([name, started]) => [
          `RAPPORT_GATEWAY_UPSTREAM_${name.toUpperCase()}`,
          started.url,
        ]),
      ),
    });
    document = (await (await fetch(`${gateway.url}/v1/openapi.json`)).json()) as JsonObject;
  }, 600_000);
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([...services.values()].map((service) => service.stop()));
    const db = await suite.db();
    await Promise.all(
      UPSTREAM_SERVICES.map((service) => db.client.db(databaseOf(service)).dropDatabase()),
    );
    await suite.cleanup();
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
