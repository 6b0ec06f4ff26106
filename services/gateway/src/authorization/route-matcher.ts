import { ROUTE_RULES, type RouteRule } from './route-rules';

/** A request matched to its declared rule, with the path parameters it named (decoded). */
export interface MatchedRoute {
  /** `METHOD /members/{memberId}/…` as declared. */
  readonly template: string;
  readonly rule: RouteRule;
  readonly params: Readonly<Record<string, string>>;
}

type Segment = { readonly literal: string } | { readonly param: string };

interface CompiledRule {
  readonly method: string;
  readonly segments: readonly Segment[];
  readonly template: string;
  readonly rule: RouteRule;
}

function compile(rules: Readonly<Record<string, RouteRule>>): readonly CompiledRule[] {
  return Object.entries(rules).map(([template, rule]) => {
    const [method = '', path = ''] = template.split(' ');
    const segments = path
      .slice(1)
      .split('/')
      .map((segment): Segment => {
        const param = /^\{(\w+)\}$/.exec(segment)?.[1];
        return param ? { param } : { literal: segment };
      });
    return { method, segments, template, rule };
  });
}

/** Literal segments win over parameters, earlier ones first: `contacts/export` over `{contactId}`. */
function specificity(rule: CompiledRule): string {
  return rule.segments.map((segment) => ('literal' in segment ? '1' : '0')).join('');
}

const bucketOf = (method: string, segments: number) => `${method} ${segments}`;

/**
 * The rules by method and number of segments, each bucket most specific first: a request is
 * compared with the few rules that could match it (a bucket holds a handful of the ~150), and
 * the first that matches is the best. Every forwarded call passes here.
 */
function byShape(rules: readonly CompiledRule[]): ReadonlyMap<string, readonly CompiledRule[]> {
  const buckets = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    const key = bucketOf(rule.method, rule.segments.length);
    buckets.set(key, [...(buckets.get(key) ?? []), rule]);
  }
  for (const bucket of buckets.values()) {
    // Stable, so that of two equally specific rules the earlier declared still wins.
    bucket.sort((a, b) =>
      specificity(a) < specificity(b) ? 1 : specificity(a) > specificity(b) ? -1 : 0,
    );
  }
  return buckets;
}

const BY_SHAPE = byShape(compile(ROUTE_RULES));

/**
 * The declared rule for a request, or undefined when none is declared (the gateway then answers
 * 404: an undeclared route is not forwarded). `path` is the service's path, without /v1 and query;
 * its segments were already checked by upstreamRouteOf (no encoded `/`, `\` or `.`), so decoding
 * them cannot change the path's shape. HEAD is allowed where GET is.
 */
export function matchRoute(method: string, path: string): MatchedRoute | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const segments = path.slice(1).split('/');
  for (const rule of BY_SHAPE.get(bucketOf(wanted, segments.length)) ?? []) {
    const literalsMatch = rule.segments.every(
      (segment, index) => !('literal' in segment) || segment.literal === segments[index],
    );
    if (!literalsMatch) continue;
    const params: Record<string, string> = {};
    rule.segments.forEach((segment, index) => {
      if ('param' in segment) params[segment.param] = decodeURIComponent(segments[index] ?? '');
    });
    return { template: rule.template, rule: rule.rule, params };
  }
  return undefined;
}
