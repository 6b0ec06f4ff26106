import { Query } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { MemberProfile } from './member-profiles';

export class GetMemberProfileQuery extends Query<MemberProfile> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
  ) {
    super();
  }
}
