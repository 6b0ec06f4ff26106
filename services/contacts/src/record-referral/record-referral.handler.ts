import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundProblem } from '@rapport/platform/http';
import { assertCanWrite } from '../shared/contact-access';
import { ContactWriter, type WriteResult } from '../shared/contact-writer';
import { ReferralChains } from '../shared/referral-chains';
import { RecordReferralCommand } from './record-referral.command';

@CommandHandler(RecordReferralCommand)
export class RecordReferralHandler implements ICommandHandler<RecordReferralCommand> {
  constructor(
    @Inject(ContactWriter) private readonly writer: ContactWriter,
    @Inject(ReferralChains) private readonly chains: ReferralChains,
  ) {}

  async execute(command: RecordReferralCommand): Promise<WriteResult> {
    const { ctx, memberId, contactId, expectedVersion, request } = command;
    assertCanWrite(ctx, memberId);
    const referrer = await this.writer.load(ctx.tenantId, memberId, request.referredByContactId);
    if (referrer.state.status === 'absent' || referrer.state.status === 'erased') {
      throw new NotFoundProblem(
        `the referrer ${request.referredByContactId} is not one of your contacts`,
      );
    }
    const ancestors = await this.chains.upward(ctx.tenantId, memberId, request.referredByContactId);
    return this.writer.execute(
      ctx,
      {
        type: 'RecordReferral',
        memberId,
        contactId,
        at: this.writer.clock(),
        referredByContactId: request.referredByContactId,
        mayUseReferrerName: request.mayUseReferrerName,
        referrerAncestors: ancestors.map((node) => node.contactId),
      },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
