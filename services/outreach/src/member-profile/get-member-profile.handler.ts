import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundProblem } from '@rapport/platform/http';
import { assertCanRead } from '../shared/outreach-access';
import { GetMemberProfileQuery } from './get-member-profile.query';
import { type MemberProfile, MemberProfiles } from './member-profiles';

@QueryHandler(GetMemberProfileQuery)
export class GetMemberProfileHandler implements IQueryHandler<GetMemberProfileQuery> {
  constructor(@Inject(MemberProfiles) private readonly profiles: MemberProfiles) {}

  async execute({ ctx, memberId }: GetMemberProfileQuery): Promise<MemberProfile> {
    assertCanRead(ctx, memberId);
    const profile = await this.profiles.get(ctx.tenantId, memberId);
    if (!profile) throw new NotFoundProblem(`member ${memberId} has not filled in a profile yet`);
    return profile;
  }
}
