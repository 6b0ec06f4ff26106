import { ForbiddenProblem } from './problems';
import type { RequestContext } from './request-context';

/**
 * What a partner app's scopes are named after (`contacts:read`, `relationships:write`): the member
 * data they open. A context passes its area to let partners in; without one, partners are refused.
 */
export type PartnerArea = 'contacts' | 'relationships';

/**
 * Who may see and change a member's data, the same in every context: the member themselves; for
 * reading, also a coach the member is assigned to; a partner app holding the area's scope. Tenancy
 * needs no check here: every query is scoped by the token's tenant, so another institution's data
 * is simply not found, and a partner's token names the one tenant its app belongs to. Each context
 * words its own refusals (`what`: "contacts", "outreach", …).
 */
export function isMemberThemself(ctx: RequestContext, memberId: string): boolean {
  return ctx.actor.role === 'member' && ctx.actor.id === memberId;
}

/** Why a partner may not, or undefined when its scopes open the area for this access. */
function partnerRefusal(
  ctx: RequestContext,
  area: PartnerArea | undefined,
  access: 'read' | 'write',
  noArea: string,
): ForbiddenProblem | undefined {
  if (!area) return new ForbiddenProblem(noArea);
  const scope = `${area}:${access}`;
  return ctx.scopes.includes(scope)
    ? undefined
    : new ForbiddenProblem(`partner apps need the scope ${scope}`);
}

export function assertMayReadMember(
  ctx: RequestContext,
  memberId: string,
  what: string,
  partnerArea?: PartnerArea,
): void {
  if (isMemberThemself(ctx, memberId)) return;
  if (ctx.actor.role === 'coach' && ctx.assignedMemberIds.includes(memberId)) return;
  if (ctx.actor.role === 'partner') {
    const refusal = partnerRefusal(ctx, partnerArea, 'read', `partner apps may not see ${what}`);
    if (refusal) throw refusal;
    return;
  }
  throw new ForbiddenProblem(
    ctx.actor.role === 'coach'
      ? `member ${memberId} is not assigned to you`
      : `you may only see your own ${what}`,
  );
}

export function assertMayChangeMember(
  ctx: RequestContext,
  memberId: string,
  refusals: { readonly coach: string; readonly other: string },
  partnerArea?: PartnerArea,
): void {
  if (isMemberThemself(ctx, memberId)) return;
  if (ctx.actor.role === 'partner') {
    const refusal = partnerRefusal(ctx, partnerArea, 'write', refusals.other);
    if (refusal) throw refusal;
    return;
  }
  throw new ForbiddenProblem(ctx.actor.role === 'coach' ? refusals.coach : refusals.other);
}
