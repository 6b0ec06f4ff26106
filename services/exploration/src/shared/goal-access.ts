import {
  assertMayChangeMember,
  assertMayReadMember,
  type RequestContext,
} from '@rapport/platform/http';

/**
 * A member reads and changes their own goals and target organisations; a coach reads those of members assigned to them and
 * changes nothing; another tenant's goals are simply not found (streams and documents are per tenant).
 */
export function assertCanReadGoals(ctx: RequestContext, memberId: string, what = 'goals'): void {
  assertMayReadMember(ctx, memberId, what);
}

export function assertCanChangeGoals(ctx: RequestContext, memberId: string, what = 'goals'): void {
  assertMayChangeMember(ctx, memberId, {
    coach: `coaches follow their members’ ${what} but never change them`,
    other: `you may only change your own ${what}`,
  });
}
