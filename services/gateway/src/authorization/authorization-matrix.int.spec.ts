import type { Db } from 'mongodb';
import { generateInternalKeyPair } from '@rapport/platform/http';
import type { JsonSchema } from '@rapport/platform/api-testing';
import { isolateSuite } from '@rapport/testing';
import { AccessTokens } from '../callers/access-tokens';
import { UPSTREAM_SERVICES, upstreamRouteOf } from '../forwarding/upstream-routes';
import { DEMO_TENANT_ID } from '../institutions/demo-institution';
import { PartnerClients } from '../partners/partner-clients';
import { type GatewayProcess, startGatewayProcess } from '../testing/gateway-process';
import { type ServiceProcess, startRegisteredService } from '../testing/service-process';
import { ROUTE_RULES } from './route-rules';
import {
  type MatrixCaller,
  matrixCallers,
  policyForbids,
  ruleAdmits,
  sampleBody,
  sampleParam,
} from './testing/authorization-matrix.cases';

interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface V1Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
  'x-rapport-unavailable-services': string[];
  'x-rapport-not-forwarded': string[];
}
interface Case {
  readonly route: string;
  readonly caller: MatrixCaller;
  readonly allowed: boolean;
  readonly request: { path: string; init: RequestInit };
}

// Only these service paths may stay outside /v1: probes and the mail provider's public callbacks.
const NOT_API = /^[a-z]+ \/(health|metrics|unsubscribe|webhooks\/.*)$/;
// Appears only in the owner's data: any answer carrying it to someone else is a leak.
const MARKER = 'Zephyrmarker';
const OTHER_TENANT = 'matrix-other-university';
const CONCURRENCY = 8;

/**
 * The authorization matrix (issue 16, OWASP API1/API3/API5): every /v1 route the services
 * document × every kind of caller, through the gateway to the five real services. A caller the
 * declared rule refuses gets 401/403/404 problem+json and never the owner's data; one it admits is
 * not refused (neither by the gateway nor by the service's own check); a caller of another
 * institution never sees the owner's data, whatever it is admitted to.
 */
describe('the authorization matrix of the /v1 API', () => {
  const suite = isolateSuite('gateway-authz-matrix');
  const services: ServiceProcess[] = [];
  let gateway: GatewayProcess;
  let document: V1Doc;
  let tokens: Map<MatrixCaller, string>;
  let contactId: string;
  const owner = 'ada';

  beforeAll(async () => {
    const keys = await generateInternalKeyPair();
    // One after another: started together on two shared cores, the slowest (notifications, whose
    // consumers join Kafka groups) missed its 60 s health deadline.
    const upstreams: Record<string, string> = {};
    for (const name of UPSTREAM_SERVICES) {
      const upper = name.toUpperCase();
      const service = await startRegisteredService(name, {
        RAPPORT_INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
        [`RAPPORT_${upper}_DB`]: `${suite.dbName}_${name}`,
        [`RAPPORT_${upper}_BRIDGE_GROUP`]: `${suite.id}-${name}`,
      });
      services.push(service);
      upstreams[`RAPPORT_GATEWAY_UPSTREAM_${upper}`] = service.url;
    }
    gateway = await startGatewayProcess({
      database: suite.dbName,
      keys,
      env: upstreams,
    });
    document = (await (await fetch(`${gateway.url}/v1/openapi.json`)).json()) as V1Doc;
    tokens = await tokensFor(keys, gateway.url, await suite.db());
    // The owner's data, with a marker no other caller may ever be shown.
    const ada = bearer(tokens, 'member (own data)');
    const created = await fetch(`${gateway.url}/v1/members/${owner}/contacts`, {
      method: 'POST',
      headers: { ...ada, 'content-type': 'application/json' },
      body: JSON.stringify({ givenName: 'Quill', familyName: MARKER }),
    });
    expect(created.status).toBe(201);
    contactId = ((await created.json()) as { contactId: string }).contactId;
  }, 180_000);

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(services.map((service) => service.stop()));
    const db = await suite.db();
    await Promise.all(
      UPSTREAM_SERVICES.map((name) => db.client.db(`${suite.dbName}_${name}`).dropDatabase()),
    );
    await suite.cleanup();
  }, 120_000);

  /** `METHOD /path` of every operation the document says the gateway forwards to a service. */
  const documented = () =>
    Object.entries(document.paths)
      .filter(([path]) => upstreamRouteOf(path.replace(/\{[^}]+\}/g, 'x')) !== undefined)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.slice(3)}`),
      );

  it('has a declared rule for every route the services document, and no rule for a route none does', () => {
    expect(document['x-rapport-unavailable-services']).toEqual([]);
    expect(document['x-rapport-not-forwarded'].filter((p) => !NOT_API.test(p))).toEqual([]);
    const routes = documented();
    expect(routes.filter((route) => !Object.hasOwn(ROUTE_RULES, route))).toEqual([]);
    expect(Object.keys(ROUTE_RULES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('refuses every caller the rules refuse, admits every one they admit, and never shows the owner’s data to another', async () => {
    const started = Date.now();
    const callers = [...tokens.keys()];
    const cases = documented().flatMap((route) =>
      callers.map((caller) => caseOf(route, caller, document, owner, contactId)),
    );
    // Reads first, while the owner's contact exists; then the refused and foreign writes, which
    // must not touch it; the owner's own (admitted) writes last, since they may delete it.
    const isRead = (c: Case) => c.route.startsWith('GET ');
    const ownerWrite = (c: Case) => c.allowed && c.caller.tenant === 'own';
    const phases = [
      cases.filter(isRead),
      cases.filter((c) => !isRead(c) && !ownerWrite(c)),
      cases.filter((c) => !isRead(c) && ownerWrite(c)),
    ];
    const wrong: string[] = [];
    const durations: Array<[number, string]> = [];
    let markerSeen = 0;
    const phaseSeconds: string[] = [];
    const ownersContact = async () =>
      (
        await fetch(`${gateway.url}/v1/members/${owner}/contacts/${contactId}`, {
          headers: bearer(tokens, 'member (own data)'),
        })
      ).text();
    const before = await ownersContact();
    for (const [index, phase] of phases.entries()) {
      // Refused and foreign writes have run: the owner's contact must be exactly as it was.
      if (index === 2) expect(await ownersContact()).toBe(before);
      const phaseStarted = Date.now();
      await inBatches(phase, CONCURRENCY, async (matrixCase) => {
        const sent = Date.now();
        const reply = await fetch(`${gateway.url}/v1${matrixCase.request.path}`, {
          ...matrixCase.request.init,
          signal: AbortSignal.timeout(30_000),
          headers: {
            ...(matrixCase.request.init.headers as Record<string, string>),
            ...bearer(tokens, matrixCase.caller.name),
          },
        }).catch((error: unknown) => String(error));
        if (typeof reply === 'string') {
          wrong.push(`${matrixCase.route} as ${matrixCase.caller.name}: no answer (${reply})`);
          return;
        }
        const body = await reply.text();
        durations.push([Date.now() - sent, `${matrixCase.route} as ${matrixCase.caller.name}`]);
        const problem = String(reply.headers.get('content-type')).includes('problem+json');
        const verdict = judge(matrixCase, reply.status, problem, body);
        if (body.includes(MARKER)) markerSeen += 1;
        if (verdict) wrong.push(`${matrixCase.route} as ${matrixCase.caller.name}: ${verdict}`);
      });
      phaseSeconds.push(`${phase.length} in ${((Date.now() - phaseStarted) / 1000).toFixed(1)} s`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const slowest = durations.sort(([a], [b]) => b - a).slice(0, 5);
    console.log(
      `authorization matrix: ${documented().length} routes × ${callers.length} callers = ${cases.length} cases in ${seconds} s (reads, refused and foreign writes, owner writes: ${phaseSeconds.join(', ')}); slowest: ${slowest.map(([ms, what]) => `${what} ${ms} ms`).join('; ')}`,
    );
    expect(wrong).toEqual([]);
    // The marker reached the owner (and their coach): proof that a leak would have been seen.
    expect(markerSeen).toBeGreaterThan(0);
    expect(cases.length).toBe(documented().length * callers.length);
  }, 300_000);
});

/** What is wrong with an answer, or undefined when it is what the matrix expects. */
function judge(
  matrixCase: Case,
  status: number,
  problem: boolean,
  body: string,
): string | undefined {
  const { caller, allowed, route } = matrixCase;
  const [method = '', path = ''] = route.split(' ');
  if (allowed && policyForbids(method, path, caller))
    return 'the rule admits what the policy forbids';
  // Only those the rule admits in the owner's own institution may see the owner's data.
  if (body.includes(MARKER) && !(allowed && caller.tenant === 'own')) {
    return `${status} shows the owner's data`;
  }
  if (!allowed) {
    if (![401, 403, 404].includes(status) || !problem) return `${status} instead of a refusal`;
    return undefined;
  }
  if ([401, 403].includes(status))
    return `${status} though the rule admits it: ${body.slice(0, 200)}`;
  if (status >= 500) return `${status}: ${body.slice(0, 200)}`;
  return undefined;
}

function caseOf(
  route: string,
  caller: MatrixCaller,
  document: V1Doc,
  owner: string,
  contactId: string,
): Case {
  const [method = '', template = ''] = route.split(' ');
  const operation = document.paths[`/v1${template}`]?.[method.toLowerCase()] ?? {};
  const params = new Map((operation.parameters ?? []).map((p) => [`${p.in}:${p.name}`, p]));
  const known: Record<string, string> = { memberId: owner, contactId };
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(sampleParam(name, params.get(`path:${name}`)?.schema, known[name] ?? '')),
  );
  const query = new URLSearchParams(
    [...params.values()]
      .filter((p) => p.in === 'query' && p.required)
      .map((p): [string, string] => [p.name, sampleParam(p.name, p.schema, '')]),
  ).toString();
  const rule = ROUTE_RULES[route];
  if (!rule) throw new Error(`no rule for ${route}`);
  return {
    route,
    caller,
    allowed: ruleAdmits(rule, caller, template.includes('{memberId}') ? owner : undefined),
    request: {
      path: query ? `${path}?${query}` : path,
      init: requestInit(method, operation, document),
    },
  };
}

function requestInit(method: string, operation: Operation, document: V1Doc): RequestInit {
  const content = operation.requestBody?.content;
  if (!content) return { method };
  const resolve = (ref: string): JsonSchema =>
    document.components.schemas[ref.replace('#/components/schemas/', '')] ?? {};
  const json = content['application/json']?.schema;
  if (json) {
    return {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sampleBody(json, resolve)),
    };
  }
  const [contentType = 'text/plain'] = Object.keys(content);
  return { method, headers: { 'content-type': contentType }, body: 'givenName\nQuill\n' };
}

async function tokensFor(
  keys: { privateKeyPem: string; publicKeyPem: string },
  issuer: string,
  db: Db,
): Promise<Map<MatrixCaller, string>> {
  const accessTokens = new AccessTokens(keys.privateKeyPem, keys.publicKeyPem, issuer);
  const partners = new PartnerClients(db);
  const tokens = new Map<MatrixCaller, string>();
  // The demo institution's seed assigns its coach cora to ada: the same directory as in use.
  for (const caller of matrixCallers('ada', 'ben', 'cora')) {
    const tenantId = caller.tenant === 'own' ? DEMO_TENANT_ID : OTHER_TENANT;
    const actorId =
      caller.role === 'partner'
        ? (await partners.register(tenantId, caller.name, caller.scopes)).clientId
        : caller.actorId;
    const token = await accessTokens.issue(
      { tenantId, actorId, role: caller.role, scopes: caller.scopes },
      {
        ttlSeconds: 600,
        now: new Date(),
        ...(caller.role === 'partner' ? { clientId: actorId } : {}),
      },
    );
    tokens.set(caller, token);
  }
  return tokens;
}

function bearer(tokens: Map<MatrixCaller, string>, name: string): Record<string, string> {
  const entry = [...tokens.entries()].find(([caller]) => caller.name === name);
  if (!entry) throw new Error(`no caller ${name}`);
  return { authorization: `Bearer ${entry[1]}` };
}

/** Runs the work with at most `limit` requests in flight. */
async function inBatches<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next++];
        if (item !== undefined) await work(item);
      }
    }),
  );
}
