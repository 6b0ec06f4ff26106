import { ForbiddenProblem, type RequestContext } from '@rapport/platform/http';

/**
 * A member reads and changes only their own contacts; a coach reads (never changes) the contacts
 * of members assigned to them. Tenancy needs no check here: every read and write is scoped by the
 * token's tenant, so another institution's data is simply not found.
 */
export function assertCanRead(ctx: RequestContext, memberId: string): void {
  if (ctx.actor.role === 'member' && ctx.actor.id === memberId) return;
  if (ctx.actor.role === 'coach' && ctx.assignedMemberIds.includes(memberId)) return;
  throw new ForbiddenProblem(
    ctx.actor.role === 'coach'
      ? `member ${memberId} is not assigned to you`
      : `you may only see your own contacts`,
  );
}

export function assertCanWrite(ctx: RequestContext, memberId: string): void {
  if (ctx.actor.role === 'member' && ctx.actor.id === memberId) return;
  throw new ForbiddenProblem(
    ctx.actor.role === 'coach'
      ? 'coaches can read their members’ contacts but not change them'
      : 'you may only change your own contacts',
  );
}

/** A whole copy of the personal data of someone's network is the member's alone to take away. */
export function assertCanExport(ctx: RequestContext, memberId: string): void {
  if (ctx.actor.role === 'member' && ctx.actor.id === memberId) return;
  throw new ForbiddenProblem('only the member can export their contacts');
}
