import {
  assertMayChangeMember,
  assertMayReadMember,
  type RequestContext,
} from '@rapport/platform/http';

/**
 * A member reads and changes their own interviews; a coach reads those of members assigned to
 * them and changes nothing; a partner app with `relationships:read` / `:write` reads or changes them;
 * another tenant's interviews are simply not found (streams are per tenant).
 */
export function assertCanRead(ctx: RequestContext, memberId: string): void {
  assertMayReadMember(ctx, memberId, 'interviews', 'relationships');
}

export function assertCanWrite(ctx: RequestContext, memberId: string): void {
  assertMayChangeMember(
    ctx,
    memberId,
    {
      coach: 'coaches follow their members’ interviews but never change them',
      other: 'you may only change your own interviews',
    },
    'relationships',
  );
}
