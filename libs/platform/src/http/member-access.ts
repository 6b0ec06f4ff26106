import { ForbiddenProblem } from './problems';
import type { RequestContext } from './request-context';

/**
 * Who may see and change a member's data, the same in every context: the member themselves; for
 * reading, also a coach the member is assigned to. Tenancy needs no check here: every query is
 * scoped by the token's tenant, so another institution's data is simply not found. Each context
 * words its own refusals (`what`: "contacts", "outreach", …).
 */
export function isMemberThemself(ctx: RequestContext, memberId: string): boolean {
  return ctx.actor.role === 'member' && ctx.actor.id === memberId;
}

export function assertMayReadMember(ctx: RequestContext, memberId: string, what: string): void {
  if (isMemberThemself(ctx, memberId)) return;
  if (ctx.actor.role === 'coach' && ctx.assignedMemberIds.includes(memberId)) return;
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
): void {
  if (isMemberThemself(ctx, memberId)) return;
  throw new ForbiddenProblem(ctx.actor.role === 'coach' ? refusals.coach : refusals.other);
}
