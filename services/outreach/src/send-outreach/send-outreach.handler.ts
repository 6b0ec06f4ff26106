import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcurrencyError } from '@rapport/eventstore';
import { UnprocessableProblem } from '@rapport/platform/http';
import { isSent } from '../domain/outreach.state';
import { EmailAddressBook } from '../shared/email-addressing';
import { newMessageId, newThreadToken } from '../shared/email-ids';
import { assertCanWrite } from '../shared/outreach-access';
import { versionOption } from '../shared/outreach-command';
import {
  type LoadedOutreach,
  OutreachWriter,
  type PlannedChange,
  type WriteResult,
} from '../shared/outreach-writer';
import { mayBeRepeatedSend, repeatedSend } from './repeated-send';
import { SendOutreachCommand } from './send-outreach.command';

/**
 * Sends the request. Through Rapport it is an email from the saved draft (or the text given here)
 * with a fresh Message-ID and thread token, addressed from the directory and the member's profile;
 * any other way, the member made the request and Rapport records it.
 */
@CommandHandler(SendOutreachCommand)
export class SendOutreachHandler implements ICommandHandler<SendOutreachCommand> {
  constructor(
    @Inject(OutreachWriter) private readonly writer: OutreachWriter,
    @Inject(EmailAddressBook) private readonly addressBook: EmailAddressBook,
  ) {}

  async execute(command: SendOutreachCommand): Promise<WriteResult> {
    const { ctx, memberId, contactId } = command;
    assertCanWrite(ctx, memberId);
    try {
      return await this.writer.change(
        ctx,
        memberId,
        contactId,
        (current) => this.plan(command, current),
        versionOption(command.expectedVersion),
      );
    } catch (error) {
      // Sent already, or a stale If-Match: perhaps this very request, repeated. A stale If-Match
      // that is no repeat keeps its own answer (412), not the "sent otherwise" conflict.
      if (!mayBeRepeatedSend(error)) throw error;
      const repeat = await repeatedSend(
        this.writer,
        ctx,
        memberId,
        contactId,
        command.request,
      ).catch((conflict: unknown) => {
        throw error instanceof ConcurrencyError ? error : conflict;
      });
      if (repeat) return repeat;
      throw error;
    }
  }

  private async plan(
    { ctx, memberId, contactId, request }: SendOutreachCommand,
    { state }: LoadedOutreach,
  ): Promise<PlannedChange> {
    const base = { type: 'SendOutreach', memberId, contactId, at: this.writer.clock() } as const;
    const { channel, delivery } = request;
    // Sent or closed already: the decider refuses, and that refusal is the clearer answer.
    if (delivery === 'logged' || isSent(state) || state.status === 'closed') {
      const { subject, body } = request;
      return { command: { ...base, channel, delivery, subject, body } };
    }
    const draft =
      state.status === 'drafted' && state.draft?.channel === 'email' ? state.draft : undefined;
    const subject = request.subject ?? draft?.subject;
    const body = request.body ?? draft?.body;
    if (!subject || !body) {
      throw new UnprocessableProblem(
        'an email needs a subject and a body: write them here, or save them as the draft first',
        { reason: 'email-incomplete' },
      );
    }
    const email = await this.addressBook.addressing(ctx.tenantId, memberId, contactId);
    return {
      command: {
        ...base,
        channel,
        delivery,
        subject,
        body,
        messageId: newMessageId(this.writer.newId()),
        threadToken: newThreadToken(),
      },
      email,
    };
  }
}
