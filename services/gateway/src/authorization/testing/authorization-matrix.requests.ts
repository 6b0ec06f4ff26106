import type { Db } from 'mongodb';
import type { JsonSchema } from '@rapport/platform/api-testing';
import { AccessTokens } from '../../callers/access-tokens';
import { DEMO_TENANT_ID } from '../../institutions/demo-institution';
import { PartnerClients } from '../../partners/partner-clients';
import { GATEWAY_ROUTE_RULES, type OwnRouteRule, ROUTE_RULES } from '../route-rules';
import {
  type MatrixCaller,
  matrixCallers,
  policyForbids,
  ruleAdmits,
  sampleBody,
  sampleParam,
} from './authorization-matrix.cases';

export interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
export interface V1Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
  'x-rapport-unavailable-services': string[];
  'x-rapport-not-forwarded': string[];
}
export interface Case {
  readonly route: string;
  readonly caller: MatrixCaller;
  readonly allowed: boolean;
  readonly request: { path: string; init: RequestInit };
}

// Appears only in the owner's data: any answer carrying it to someone else is a leak.
export const MARKER = 'Zephyrmarker';
const OTHER_TENANT = 'matrix-other-university';

/** Every /v1 route's rule: forwarded ones (ROUTE_RULES) and the gateway's own. */
export const V1_RULES: Readonly<Record<string, OwnRouteRule>> = {
  ...ROUTE_RULES,
  ...GATEWAY_ROUTE_RULES,
};

/** The real ids the matrix fills path parameters with: the owner's data in the owner's tenant. */
export interface KnownIds {
  readonly memberId: string;
  readonly contactId: string;
  readonly personId: string;
  /** A coach of the owner's institution (the demo seed's, assigned to the owner). */
  readonly coachId: string;
  readonly clientId: string;
  readonly institutionId: string;
}
// Ids of the owner's institution that the gateway itself resolves (people, partner apps, the
// institution): whatever another institution's caller may do by role, these are not theirs.
const TENANT_OBJECTS = ['personId', 'coachId', 'clientId', 'institutionId'];

/** What is wrong with an answer, or undefined when it is what the matrix expects. */
export function judge(
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

export function caseOf(
  route: string,
  caller: MatrixCaller,
  document: V1Doc,
  known: KnownIds,
): Case {
  const [method = '', template = ''] = route.split(' ');
  const operation = document.paths[`/v1${template}`]?.[method.toLowerCase()] ?? {};
  const params = new Map((operation.parameters ?? []).map((p) => [`${p.in}:${p.name}`, p]));
  const ids: Record<string, string> = { ...known };
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(sampleParam(name, params.get(`path:${name}`)?.schema, ids[name] ?? '')),
  );
  const query = new URLSearchParams(
    [...params.values()]
      .filter((p) => p.in === 'query' && p.required)
      .map((p): [string, string] => [p.name, sampleParam(p.name, p.schema, '')]),
  ).toString();
  const rule = V1_RULES[route];
  if (!rule) throw new Error(`no rule for ${route}`);
  const foreignObject =
    caller.tenant === 'other' && TENANT_OBJECTS.some((name) => template.includes(`{${name}}`));
  const memberId = template.includes('{memberId}') ? known.memberId : undefined;
  return {
    route,
    caller,
    allowed: !foreignObject && ruleAdmits(rule, caller, memberId),
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

export async function tokensFor(
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

export function bearer(tokens: Map<MatrixCaller, string>, name: string): Record<string, string> {
  const entry = [...tokens.entries()].find(([caller]) => caller.name === name);
  if (!entry) throw new Error(`no caller ${name}`);
  return { authorization: `Bearer ${entry[1]}` };
}

/** Runs the work with at most `limit` requests in flight. */
export async function inBatches<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
) {
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
