import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCanWrite } from '../shared/outreach-access';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { PutMemberProfileCommand } from './put-member-profile.command';
import { type MemberProfile, MemberProfiles } from './member-profiles';

@CommandHandler(PutMemberProfileCommand)
export class PutMemberProfileHandler implements ICommandHandler<PutMemberProfileCommand> {
  constructor(
    @Inject(MemberProfiles) private readonly profiles: MemberProfiles,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ ctx, memberId, profile }: PutMemberProfileCommand): Promise<MemberProfile> {
    assertCanWrite(ctx, memberId);
    return this.profiles.put(ctx.tenantId, memberId, profile, this.clock());
  }
}
