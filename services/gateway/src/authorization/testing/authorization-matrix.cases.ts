import fc from 'fast-check';
import { arbitraryOf, type JsonSchema } from '@rapport/platform/api-testing';
import type { Role } from '@rapport/platform/http';
import { PARTNER_SCOPES, type PartnerScope } from '../../partners/partner-clients';
import type { OwnRouteRule } from '../route-rules';

/** One caller of the matrix; `tenant` 'own' is the data owner's institution, 'other' another one. */
export interface MatrixCaller {
  readonly name: string;
  readonly tenant: 'own' | 'other';
  readonly role: Exclude<Role, 'system'>;
  readonly actorId: string;
  readonly scopes: readonly PartnerScope[];
  /** Whom the gateway's people directory assigns to this coach (in its own tenant). */
  readonly assigned: readonly string[];
}

const person = (
  name: string,
  role: MatrixCaller['role'],
  actorId: string,
  tenant: MatrixCaller['tenant'] = 'own',
  assigned: readonly string[] = [],
): MatrixCaller => ({ name, tenant, role, actorId, scopes: [], assigned });

const partner = (
  name: string,
  scopes: readonly PartnerScope[],
  tenant: MatrixCaller['tenant'],
) => ({
  name,
  tenant,
  role: 'partner' as const,
  actorId: '', // the client id, known once the app is registered
  scopes,
  assigned: [],
});

/**
 * Everyone the matrix calls every route as, on the data of member `owner`: the member, another
 * member, a coach assigned to the owner and one who is not, an admin, an operator, partner apps
 * with no scope, with each scope alone (so without each of the others) and with every scope; and
 * from another institution
 * a member with the SAME member id, a coach, an admin and a partner holding every scope.
 */
export function matrixCallers(owner: string, other: string, coach: string): MatrixCaller[] {
  return [
    person('member (own data)', 'member', owner),
    person('another member', 'member', other),
    person('coach (assigned)', 'coach', coach, 'own', [owner]),
    person('coach (not assigned)', 'coach', 'coach-unassigned'),
    person('admin', 'admin', 'admin-1'),
    person('operator', 'operator', 'operator-1'),
    partner('partner (no scope)', [], 'own'),
    ...PARTNER_SCOPES.map((scope) => partner(`partner (${scope})`, [scope], 'own')),
    partner('partner (every scope)', PARTNER_SCOPES, 'own'),
    person('other tenant: member with the same id', 'member', owner, 'other'),
    person('other tenant: coach', 'coach', coach, 'other'),
    person('other tenant: admin', 'admin', 'admin-1', 'other'),
    partner('other tenant: partner (every scope)', PARTNER_SCOPES, 'other'),
  ];
}

/**
 * Whether the declared rule lets the caller through the gateway, restated from the rule's
 * meaning (not by calling the gateway's code) so that a wrong implementation shows up.
 */
export function ruleAdmits(rule: OwnRouteRule, caller: MatrixCaller, memberId?: string): boolean {
  if (caller.role === 'partner') {
    // A partner reaches the members of its own institution only.
    if (memberId !== undefined && caller.tenant === 'other') return false;
    if (rule.anyPartner) return true;
    return rule.partnerScope !== undefined && caller.scopes.includes(rule.partnerScope);
  }
  if (!rule.roles.some((role) => role === caller.role)) return false;
  if (memberId === undefined) return true;
  if (caller.role === 'member') return caller.actorId === memberId;
  if (caller.role === 'coach') return caller.assigned.includes(memberId);
  return true;
}

/**
 * What the issue promises whatever the table says: operators never reach a member's data, coaches
 * never change it, partners never reach inboxes, notification settings or goals.
 */
export function policyForbids(method: string, path: string, caller: MatrixCaller): boolean {
  const memberRoute = path.startsWith('/members/');
  if (caller.role === 'operator' && memberRoute) return true;
  if (caller.role === 'coach' && memberRoute && method !== 'GET') return true;
  const privateArea =
    /^\/members\/[^/]+\/(inbox|notification-preferences|notifications|goals|target-organisations|phone-calls)(\/|$)/;
  return caller.role === 'partner' && privateArea.test(path);
}

/** A value the parameter's schema accepts: a known id, the enum's first, else `<name>-1`. */
export function sampleParam(name: string, schema: JsonSchema | undefined, known: string): string {
  if (known) return known;
  const first = schema?.enum?.[0];
  if (typeof first === 'string' || typeof first === 'number') return String(first);
  const pattern = schema?.pattern;
  const candidates = [`${name.replace(/Id$/, '')}-1`, 'q-1', 'x'];
  return candidates.find((c) => !pattern || new RegExp(pattern).test(c)) ?? 'x';
}

/** One body of the schema, with a fixed seed so a failure names the same request every run. */
export function sampleBody(schema: JsonSchema, resolve: (ref: string) => JsonSchema): unknown {
  return fc.sample(arbitraryOf(schema, resolve), { numRuns: 1, seed: 16 })[0];
}
