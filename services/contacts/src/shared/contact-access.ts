import {
  assertMayChangeMember,
  assertMayReadMember,
  ForbiddenProblem,
  isMemberThemself,
  type RequestContext,
} from '@rapport/platform/http';

/**
 * A member reads and changes only their own contacts; a coach reads (never changes) those of assigned
 * members; a partner app of the institution reads or changes them with `contacts:read` / `:write`.
 */
export function assertCanRead(ctx: RequestContext, memberId: string): void {
  assertMayReadMember(ctx, memberId, 'contacts', 'contacts');
}

export function assertCanWrite(ctx: RequestContext, memberId: string): void {
  assertMayChangeMember(
    ctx,
    memberId,
    {
      coach: 'coaches can read their members’ contacts but not change them',
      other: 'you may only change your own contacts',
    },
    'contacts',
  );
}

/** A whole copy of the personal data of someone's network is the member's alone to take away. */
export function assertCanExport(ctx: RequestContext, memberId: string): void {
  if (isMemberThemself(ctx, memberId)) return;
  throw new ForbiddenProblem('only the member can export their contacts');
}
