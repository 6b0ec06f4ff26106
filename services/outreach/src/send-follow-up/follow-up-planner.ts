import { Inject, Injectable } from '@nestjs/common';
import { UnprocessableProblem } from '@rapport/platform/http';
import type { Channel } from '../domain/outreach.events';
import { isSent } from '../domain/outreach.state';
import { EmailAddressBook } from '../shared/email-addressing';
import { newMessageId, replySubject } from '../shared/email-ids';
import { type LoadedOutreach, OutreachWriter, type PlannedChange } from '../shared/outreach-writer';

export interface FollowUpInput {
  readonly channel: Channel;
  readonly delivery: 'rapport' | 'logged';
  readonly subject?: string;
  readonly body?: string;
}

/**
 * A follow-up through Rapport continues the request's email thread: same thread token, subject
 * "Re: <request subject>", In-Reply-To the last message and References every earlier one (the
 * outbox adds those from the state this plan was made on). Used by the member and by auto-send.
 */
@Injectable()
export class FollowUpPlanner {
  constructor(
    @Inject(OutreachWriter) private readonly writer: OutreachWriter,
    @Inject(EmailAddressBook) private readonly addressBook: EmailAddressBook,
  ) {}

  async plan(
    tenantId: string,
    memberId: string,
    contactId: string,
    input: FollowUpInput,
    { state }: LoadedOutreach,
  ): Promise<PlannedChange> {
    const base = { type: 'SendFollowUp', memberId, contactId, at: this.writer.clock() } as const;
    const { channel, delivery } = input;
    // Not sent, replied or closed: the decider refuses, and that refusal is the clearer answer.
    if (delivery === 'logged' || !isSent(state) || state.status === 'responded') {
      return { command: { ...base, channel, delivery, subject: input.subject, body: input.body } };
    }
    if (!state.threadToken) {
      throw new UnprocessableProblem(
        'the request did not go through Rapport, so there is no thread to continue; send the follow-up yourself and log it',
        { reason: 'no-thread' },
      );
    }
    const pendingDraft = state.status === 'follow-up-due' ? state.pendingDue?.draft : undefined;
    const subject = input.subject ?? replySubject(state.subject);
    const body = input.body ?? pendingDraft?.body;
    if (!subject || !body) {
      throw new UnprocessableProblem(
        'a follow-up email needs a body: write one, or wait for the drafted follow-up',
        { reason: 'email-incomplete' },
      );
    }
    const email = await this.addressBook.addressing(tenantId, memberId, contactId);
    const messageId = newMessageId(this.writer.newId());
    return { command: { ...base, channel, delivery, subject, body, messageId }, email };
  }
}
