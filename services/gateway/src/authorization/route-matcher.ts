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

const COMPILED = compile(ROUTE_RULES);

/** Literal segments win over parameters, earlier ones first: `contacts/export` over `{contactId}`. */
function specificity(rule: CompiledRule): string {
  return rule.segments.map((segment) => ('literal' in segment ? '1' : '0')).join('');
}

/**
 * The declared rule for a request, or undefined when none is declared (the gateway then answers
 * 404: an undeclared route is not forwarded). `path` is the service's path, without /v1 and query;
 * its segments were already checked by upstreamRouteOf (no encoded `/`, `\` or `.`), so decoding
 * them cannot change the path's shape. HEAD is allowed where GET is.
 */
export function matchRoute(method: string, path: string): MatchedRoute | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const segments = path.slice(1).split('/');
  let best: { rule: CompiledRule; params: Record<string, string> } | undefined;
  for (const rule of COMPILED) {
    if (rule.method !== wanted || rule.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = rule.segments.every((segment, index) => {
      const actual = segments[index] ?? '';
      if ('literal' in segment) return segment.literal === actual;
      params[segment.param] = decodeURIComponent(actual);
      return true;
    });
    if (matches && (!best || specificity(rule) > specificity(best.rule))) best = { rule, params };
  }
  return best && { template: best.rule.template, rule: best.rule.rule, params: best.params };
}
