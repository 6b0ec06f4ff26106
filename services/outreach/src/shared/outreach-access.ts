import {
  assertMayChangeMember,
  assertMayReadMember,
  ForbiddenProblem,
  type RequestContext,
} from '@rapport/platform/http';

/**
 * A member reads and acts on their own outreach only; a coach reads (never sends, never changes)
 * the outreach of members assigned to them; a partner app with `relationships:read` / `:write`
 * reads or acts on it.
 */
export function assertCanRead(ctx: RequestContext, memberId: string): void {
  assertMayReadMember(ctx, memberId, 'outreach', 'relationships');
}

export function assertCanWrite(ctx: RequestContext, memberId: string): void {
  assertMayChangeMember(
    ctx,
    memberId,
    {
      coach: 'coaches follow their members’ outreach but never write or send on their behalf',
      other: 'you may only change your own outreach',
    },
    'relationships',
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
