import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '@rapport/platform/http';
import type { MemberProfileRequest } from './member-profile.request';
import type { MemberProfile } from './member-profiles';

export class PutMemberProfileCommand extends Command<MemberProfile> {
  constructor(
    readonly ctx: RequestContext,
    readonly memberId: string,
    readonly profile: MemberProfileRequest,
  ) {
    super();
  }
}
