import { ForbiddenProblem, type RequestContext } from '@rapport/platform/http';

/**
 * A member reads and acts on their own outreach only; a coach reads (never sends, never changes)
 * the outreach of members assigned to them. Tenancy needs no check here: every read and write is
 * scoped by the token's tenant, so another institution's data is simply not found.
 */
export function assertCanRead(ctx: RequestContext, memberId: string): void {
  if (isOwner(ctx, memberId)) return;
  if (ctx.actor.role === 'coach' && ctx.assignedMemberIds.includes(memberId)) return;
  throw new ForbiddenProblem(
    ctx.actor.role === 'coach'
      ? `member ${memberId} is not assigned to you`
      : 'you may only see your own outreach',
  );
}

export function assertCanWrite(ctx: RequestContext, memberId: string): void {
  if (isOwner(ctx, memberId)) return;
  throw new ForbiddenProblem(
    ctx.actor.role === 'coach'
      ? 'coaches follow their members’ outreach but never write or send on their behalf'
      : 'you may only change your own outreach',
  );
}

/** Timers of the relationship workflow act through these routes, and nobody else does. */
export function assertSystem(ctx: RequestContext): void {
  if (ctx.actor.role === 'system') return;
  throw new ForbiddenProblem('only the relationship workflow raises follow-ups');
}

export function assertSystemOrOwner(ctx: RequestContext, memberId: string): void {
  if (ctx.actor.role === 'system') return;
  assertCanWrite(ctx, memberId);
}

function isOwner(ctx: RequestContext, memberId: string): boolean {
  return ctx.actor.role === 'member' && ctx.actor.id === memberId;
}
