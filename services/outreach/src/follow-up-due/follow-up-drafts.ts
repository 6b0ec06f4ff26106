import { Inject, Injectable } from '@nestjs/common';
import { ContactDirectory } from '../contact-directory/contact-directory';
import type { MessageContent } from '../domain/outreach.events';
import type { OutreachState } from '../domain/outreach.state';
import { MemberProfiles } from '../member-profile/member-profiles';
import { OutreachProjections } from '../projections/outreach-projections';
import { replySubject } from '../shared/email-ids';
import { localDate, mergeFieldsOf } from '../shared/merge-fields';
import { renderTemplate } from '../templates';
import { colleagueToAsk } from './colleague-to-ask';
import type { FollowUpDueRequest } from './follow-up-due.request';

type AwaitingState = Extract<OutreachState, { status: 'awaiting-reply' | 'follow-up-due' }>;

export interface PreparedFollowUp {
  readonly draft: MessageContent;
  readonly suggestedContactId?: string;
}

/**
 * The follow-up a member finds ready when one falls due: the follow-up template in their name,
 * dated from the request as they would read the date, under the request's subject so it stays in
 * the same thread.
 */
@Injectable()
export class FollowUpDrafts {
  constructor(
    @Inject(MemberProfiles) private readonly profiles: MemberProfiles,
    @Inject(ContactDirectory) private readonly directory: ContactDirectory,
    @Inject(OutreachProjections) private readonly projections: OutreachProjections,
  ) {}

  async prepare(
    tenantId: string,
    state: AwaitingState,
    { mode }: FollowUpDueRequest,
  ): Promise<PreparedFollowUp> {
    const { memberId, contactId } = state;
    const [profile, contact] = await Promise.all([
      this.profiles.get(tenantId, memberId),
      this.directory.find(tenantId, memberId, contactId),
    ]);
    const colleague =
      mode === '3b7' ? await colleagueToAsk(this.directory, this.projections, contact) : undefined;
    const rendered = renderTemplate(
      'email-follow-up',
      mergeFieldsOf(profile, contact, {
        followUpNumber: state.followUpsSent + 1,
        originalSentOn: localDate(state.firstSentAt, profile?.timeZone),
        ...(colleague?.givenName && colleague.familyName
          ? {
              suggestedContact: {
                givenName: colleague.givenName,
                familyName: colleague.familyName,
              },
            }
          : {}),
      }),
    );
    const subject = replySubject(state.subject) ?? rendered.subject;
    return {
      draft: { channel: 'email', ...(subject ? { subject } : {}), body: rendered.body },
      ...(colleague ? { suggestedContactId: colleague.contactId } : {}),
    };
  }
}
