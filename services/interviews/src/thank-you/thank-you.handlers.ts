import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnprocessableProblem } from '@rapport/platform/http';
import { InvitationPartiesStore } from '../invitation/invitation-parties';
import { assertCanWrite } from '../shared/interview-access';
import { InterviewWriter, type WriteResult } from '../shared/interview-writer';
import { DraftThankYouCommand, SendThankYouCommand } from './thank-you.commands';
import { thankYouDraft } from './thank-you-draft';

/** The draft is written from the recorded conversation and the names on the invitation. */
@CommandHandler(DraftThankYouCommand)
export class DraftThankYouHandler implements ICommandHandler<DraftThankYouCommand> {
  constructor(
    @Inject(InterviewWriter) private readonly writer: InterviewWriter,
    @Inject(InvitationPartiesStore) private readonly parties: InvitationPartiesStore,
  ) {}

  async execute({
    ctx,
    memberId,
    interviewId,
    expectedVersion,
  }: DraftThankYouCommand): Promise<WriteResult> {
    assertCanWrite(ctx, memberId);
    const { state } = await this.writer.load(ctx.tenantId, memberId, interviewId);
    const parties = await this.parties.find(ctx.tenantId, memberId, interviewId);
    // Before the conversation there is nothing to thank for; the decider says so.
    const conversation = state.status === 'completed' ? state.conversation : undefined;
    const draft = conversation
      ? thankYouDraft({
          contactName: parties?.attendee.name ?? 'there',
          memberName: parties?.organizer.name ?? '',
          conversation,
        })
      : { subject: '', body: '' };
    return this.writer.execute(
      ctx,
      { type: 'DraftThankYou', memberId, interviewId, at: this.writer.clock(), ...draft },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}

/** By email through notifications (the draft, unless the member sends their own text), or logged. */
@CommandHandler(SendThankYouCommand)
export class SendThankYouHandler implements ICommandHandler<SendThankYouCommand> {
  constructor(@Inject(InterviewWriter) private readonly writer: InterviewWriter) {}

  async execute(command: SendThankYouCommand): Promise<WriteResult> {
    const { ctx, memberId, interviewId, expectedVersion, channel } = command;
    assertCanWrite(ctx, memberId);
    let { subject, body } = command;
    if (channel === 'email' && !(subject && body)) {
      const { state } = await this.writer.load(ctx.tenantId, memberId, interviewId);
      const draft = state.status === 'completed' ? state.thankYouDraft : undefined;
      subject ??= draft?.subject;
      body ??= draft?.body;
      if (!subject || !body) {
        throw new UnprocessableProblem('an email needs a subject and a body, or a draft to send');
      }
    }
    return this.writer.execute(
      ctx,
      {
        type: 'SendThankYou',
        memberId,
        interviewId,
        at: this.writer.clock(),
        channel,
        ...(subject ? { subject } : {}),
        ...(body ? { body } : {}),
      },
      expectedVersion === undefined ? {} : { expectedVersion },
    );
  }
}
