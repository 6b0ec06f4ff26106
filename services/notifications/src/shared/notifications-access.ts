import {
  assertMayChangeMember,
  assertMayReadMember,
  ForbiddenProblem,
  type RequestContext,
} from '@rapport/platform/http';

/** A member's inbox, preferences and log: theirs to change; an assigned coach may read them. */
export function assertCanRead(ctx: RequestContext, memberId: string): void {
  assertMayReadMember(ctx, memberId, 'notifications');
}

export function assertCanWrite(ctx: RequestContext, memberId: string): void {
  const refusal = 'you may only change your own notifications and settings';
  assertMayChangeMember(ctx, memberId, { coach: refusal, other: refusal });
}

/** The institution's delivery log and branding are for its admins and the operators. */
export function assertStaff(ctx: RequestContext): void {
  if (ctx.actor.role === 'admin' || ctx.actor.role === 'operator') return;
  throw new ForbiddenProblem('only administrators and operators see this');
}
