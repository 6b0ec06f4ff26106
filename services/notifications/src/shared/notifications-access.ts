import { ForbiddenProblem, type RequestContext } from '@rapport/platform/http';

/**
 * A member reads and changes their own inbox and preferences; a coach reads those of the members
 * assigned to them. Everything is scoped by the token's tenant, so another institution's data is
 * never found.
 */
export function assertCanRead(ctx: RequestContext, memberId: string): void {
  if (isOwner(ctx, memberId)) return;
  if (ctx.actor.role === 'coach' && ctx.assignedMemberIds.includes(memberId)) return;
  throw new ForbiddenProblem(
    ctx.actor.role === 'coach'
      ? `member ${memberId} is not assigned to you`
      : 'you may only see your own notifications',
  );
}

export function assertCanWrite(ctx: RequestContext, memberId: string): void {
  if (isOwner(ctx, memberId)) return;
  throw new ForbiddenProblem('you may only change your own notifications and settings');
}

/** The institution's delivery log and branding are for its admins and the operators. */
export function assertStaff(ctx: RequestContext): void {
  if (ctx.actor.role === 'admin' || ctx.actor.role === 'operator') return;
  throw new ForbiddenProblem('only administrators and operators see this');
}

function isOwner(ctx: RequestContext, memberId: string): boolean {
  return ctx.actor.role === 'member' && ctx.actor.id === memberId;
}
