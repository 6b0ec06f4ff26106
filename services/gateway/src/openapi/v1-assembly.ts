import { ROUTE_RULES } from '../authorization/route-rules';
import { upstreamRouteOf } from '../forwarding/upstream-routes';
import { ComponentMerge } from './component-merge';
import { documentTo31, isJsonObject, type JsonObject } from './openapi-31';
import { forwardedSecurity, ownSecurity, securitySchemes } from './v1-security';

/** Every process serves these; they are operated on each instance, not offered through /v1. */
const OPERATIONAL_PATHS = new Set(['/health', '/metrics']);
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
// The gateway's catch-all forwarding routes: the services' own documents describe what they serve.
const FORWARDING_OPERATION = /^ForwardingController_/;
const UNAUTHENTICATED = 'No valid credentials: a bearer token, a partner token or a session';

export interface V1Sources {
  readonly publicUrl: string;
  /** The gateway's own document (sign-in, OAuth, admin routes), when it could be read. */
  readonly gateway?: JsonObject;
  /** Each upstream service's document, by its registered name. */
  readonly services: Readonly<Record<string, JsonObject>>;
  /** Services whose document could not be read. */
  readonly unavailable: readonly string[];
}

/**
 * The /v1 API as one OpenAPI 3.1 document: each path a service documents and the gateway forwards
 * to it, under /v1, with the gateway's credentials instead of the internal token; the gateway's
 * own routes (sign-in and OAuth outside /v1, admin routes under it); components merged without
 * clashes. Paths no /v1 route owns are left out and listed in `x-rapport-not-forwarded`;
 * operations no route rule lets anyone outside call are listed in `x-rapport-not-exposed`.
 */
export function assembleV1Document(sources: V1Sources): JsonObject {
  const merge = new ComponentMerge();
  const paths: JsonObject = {};
  const notForwarded: string[] = [];
  const notExposed: string[] = [];
  if (sources.gateway) {
    const ownPaths = merge.add('gateway', documentTo31(sources.gateway));
    for (const [path, item] of Object.entries(ownPaths)) {
      if (OPERATIONAL_PATHS.has(path) || !isJsonObject(item)) continue;
      const operations = withSecurity(item, (operation, method) => {
        const id = operation['operationId'];
        if (typeof id === 'string' && FORWARDING_OPERATION.test(id)) return undefined;
        return ownSecurity(typeof id === 'string' ? id : undefined, method);
      });
      if (operations) paths[path] = operations;
    }
  }
  for (const [service, document] of Object.entries(sources.services)) {
    const servicePaths = merge.add(service, documentTo31(document));
    for (const [path, item] of Object.entries(servicePaths)) {
      if (OPERATIONAL_PATHS.has(path) || !isJsonObject(item)) continue;
      if (upstreamRouteOf(`/v1${path.replace(/\{[^}]+\}/g, 'x')}`)?.service !== service) {
        notForwarded.push(`${service} ${path}`);
        continue;
      }
      const operations = withSecurity(item, (_operation, method) => {
        const key = `${method.toUpperCase()} ${path}`;
        const rule = Object.hasOwn(ROUTE_RULES, key) ? ROUTE_RULES[key] : undefined;
        // Kept in the document even when no outside caller may call it (a workflow's system
        // route) or no rule is declared yet: the authorization matrix spec reads this document
        // to find both. Such operations are listed, and take a bearer token nobody outside has.
        if (!rule || (rule.roles.length === 0 && !rule.partnerScope)) {
          notExposed.push(`${service} ${key}`);
          return [{ bearer: [] }];
        }
        return forwardedSecurity(method, rule);
      });
      if (operations) paths[`/v1${path}`] = operations;
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rapport API',
      version: '1',
      description:
        'The public API of Rapport, served by its gateway: people sign in at /auth, partner apps get tokens at /oauth/token, and /v1 reaches every service with those credentials.',
    },
    servers: [{ url: sources.publicUrl }],
    paths,
    components: { ...merge.components, securitySchemes: securitySchemes(sources.publicUrl) },
    'x-rapport-unavailable-services': [...sources.unavailable],
    'x-rapport-not-forwarded': notForwarded,
    'x-rapport-not-exposed': notExposed,
  };
}

/**
 * A path item with each operation's security set (its own replaced) and its 401 described for
 * the gateway's credentials; undefined when the rule drops every operation.
 */
function withSecurity(
  item: JsonObject,
  rule: (operation: JsonObject, method: string) => JsonObject[] | undefined,
): JsonObject | undefined {
  const out: JsonObject = {};
  let operations = 0;
  for (const [key, value] of Object.entries(item)) {
    if (!HTTP_METHODS.has(key) || !isJsonObject(value)) {
      out[key] = value;
      continue;
    }
    const security = rule(value, key);
    if (!security) continue;
    const responses = isJsonObject(value['responses']) ? { ...value['responses'] } : {};
    const unauthenticated = responses['401'];
    if (isJsonObject(unauthenticated)) {
      responses['401'] = { ...unauthenticated, description: UNAUTHENTICATED };
    }
    out[key] = { ...value, responses, security };
    operations++;
  }
  return operations > 0 ? out : undefined;
}
