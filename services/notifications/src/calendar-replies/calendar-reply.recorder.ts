import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@rapport/eventstore';
import type { Logger } from '@rapport/platform';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { ContactNames } from '../contact-names/contact-names';
import type { DispatcherSettings } from '../delivery/dispatcher';
import { notificationId } from '../delivery/notification.store';
import { InboxStore } from '../inbox/inbox.store';
import { type InvitationDocument, InvitationStore } from '../interview-mail/invitation.store';
import { PreferencesStore } from '../preferences/preferences.store';
import { DISPATCHER_SETTINGS, NOTIFICATIONS_LOGGER } from '../shared/notifications.tokens';
import type { InboundForm } from '../webhooks/inbound-parse.form';
import { calendarPartsIn } from './calendar-parts';
import { type CalendarSummary, readCalendar } from './calendar-reading';
import { type CalendarReply, publishCalendarReply } from './calendar-reply.publisher';

const ANSWERS = { ACCEPTED: 'accepted', DECLINED: 'declined', TENTATIVE: 'tentatively accepted' };
type Answer = keyof typeof ANSWERS;
const isAnswer = (partstat: string): partstat is Answer => partstat in ANSWERS;

/**
 * A contact's calendar answering an interview invitation (iMIP METHOD:REPLY) through Inbound
 * Parse. The reply's UID finds the invitation, and with it the tenant: nothing in the mail is
 * trusted for that. Only the invited address counts as an answer. What cannot be matched is
 * dropped with a log line and a 200, so SendGrid does not post it again and again.
 */
@Injectable()
export class CalendarReplyRecorder {
  constructor(
    @Inject(InvitationStore) private readonly invitations: InvitationStore,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(InboxStore) private readonly inbox: InboxStore,
    @Inject(PreferencesStore) private readonly preferences: PreferencesStore,
    @Inject(ContactNames) private readonly contacts: ContactNames,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATIONS_LOGGER) private readonly logger: Logger,
    @Inject(DISPATCHER_SETTINGS) private readonly settings: DispatcherSettings,
  ) {}

  /** Undefined when the mail carries no calendar reply: then it is an ordinary thread reply. */
  async record(form: InboundForm): Promise<{ recorded: boolean } | undefined> {
    const texts = [...(form.calendars ?? []), ...(form.email ? calendarPartsIn(form.email) : [])];
    const reply = texts.map(readCalendar).find((c) => c?.method === 'REPLY');
    if (!reply) return undefined;
    const invitation = await this.invitations.find(reply.uid);
    if (!invitation) {
      this.logger.info({ uid: reply.uid }, 'calendar reply for no invitation of ours: dropped');
      return { recorded: false };
    }
    const answer = reply.attendees.find((a) => a.email === invitation.attendeeEmail);
    if (!answer) {
      this.logger.warn(
        { uid: reply.uid, tenantId: invitation.tenantId },
        'calendar reply from an address that was not invited: ignored',
      );
      return { recorded: false };
    }
    if (!isAnswer(answer.partstat)) {
      this.logger.info({ uid: reply.uid, partstat: answer.partstat }, 'calendar reply: no answer');
      return { recorded: false };
    }
    const calendarReply: CalendarReply = {
      memberId: invitation.memberId,
      interviewId: invitation.interviewId,
      icsUid: invitation._id,
      attendeeEmail: answer.email,
      partstat: answer.partstat,
      sequence: reply.sequence,
      stamp: stampOf(reply),
      receivedAt: this.clock(),
    };
    const recorded = await publishCalendarReply(this.store, invitation.tenantId, calendarReply);
    // Also on a repeat: the inbox add is idempotent and heals a crash after the append.
    await this.tellMember(invitation, calendarReply);
    return { recorded };
  }

  private async tellMember(invitation: InvitationDocument, reply: CalendarReply): Promise<void> {
    const { tenantId, memberId, contactId, relationshipId } = invitation;
    const [{ preferences }, contact] = await Promise.all([
      this.preferences.get(tenantId, memberId),
      this.contacts.contactOf(tenantId, memberId, contactId),
    ]);
    if (!preferences.channels.inApp) return;
    const who = contact?.name ?? 'Your contact';
    await this.inbox.add({
      _id: notificationId(
        tenantId,
        `calendar-reply:${reply.icsUid}:${reply.sequence}:${reply.partstat}:${reply.stamp}`,
      ),
      tenantId,
      memberId,
      kind: 'calendar-reply',
      title: `${who} ${ANSWERS[reply.partstat]} your invitation`,
      body: `Their calendar answered “${invitation.summary}”.`,
      actionUrl: `${this.settings.publicUrl}/members/${encodeURIComponent(memberId)}/relationships/${encodeURIComponent(relationshipId)}`,
      contactId,
      relationshipId,
      createdAt: reply.receivedAt,
      readAt: null,
    });
  }
}

/** The reply's DTSTAMP; a calendar that leaves it out has each answer counted once. */
function stampOf(reply: CalendarSummary): string {
  return reply.dtstamp ?? 'no-dtstamp';
}
