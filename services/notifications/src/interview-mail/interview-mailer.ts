import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { ContactNames } from '../contact-names/contact-names';
import { Dispatcher, type DispatchResult, type DispatcherSettings } from '../delivery/dispatcher';
import { NotificationStore } from '../delivery/notification.store';
import type { RelationshipRef } from '../domain/notification';
import { PreferencesStore } from '../preferences/preferences.store';
import { DISPATCHER_SETTINGS } from '../shared/notifications.tokens';
import { SuppressionStore } from '../threads/suppressions.store';
import { ThreadStore } from '../threads/thread.store';
import { invitationMail } from './invitation-mail';
import { InvitationStore } from './invitation.store';
import type { Invitation, ThankYouEmail } from './interview-mail.requests';
import { thankYouMail } from './thank-you-mail';

/** An email that has had its outcome is never sent again (as in the dispatcher). */
const SETTLED = new Set(['sent', 'failed', 'suppressed', 'skipped', 'held']);

/**
 * Mail to a contact about an interview, on the member's behalf: the calendar invitation (and its
 * updates and cancellation) and the thank-you. Each is claimed in the delivery log under its key
 * first, so a redelivered event mails nothing more.
 */
@Injectable()
export class InterviewMailer {
  constructor(
    @Inject(Dispatcher) private readonly dispatcher: Dispatcher,
    @Inject(NotificationStore) private readonly notifications: NotificationStore,
    @Inject(InvitationStore) private readonly invitations: InvitationStore,
    @Inject(ContactNames) private readonly contacts: ContactNames,
    @Inject(PreferencesStore) private readonly preferences: PreferencesStore,
    @Inject(SuppressionStore) private readonly suppressions: SuppressionStore,
    @Inject(ThreadStore) private readonly threads: ThreadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DISPATCHER_SETTINGS) private readonly settings: DispatcherSettings,
  ) {}

  async sendInvitation(tenantId: string, invitation: Invitation): Promise<DispatchResult> {
    const contact = await this.contacts.contactOf(
      tenantId,
      invitation.memberId,
      invitation.contactId,
    );
    // Remembered before anything is mailed, so that the contact's answer always finds it.
    const remembered = contact?.email
      ? await this.invitations.remember(tenantId, invitation, contact.email, this.clock())
      : undefined;
    const { created, doc } = await this.notifications.claim({
      tenantId,
      // A cancellation may keep the request's sequence; it is still a message of its own.
      dedupeKey: `interview-invitation:${invitation.interviewId}:${invitation.sequence}:${invitation.method}`,
      kind: 'interview-invitation',
      audience: 'contact',
      memberId: invitation.memberId,
      contactId: invitation.contactId,
      relationshipId: invitation.relationshipId,
      createdAt: this.clock(),
      subject: invitation.summary,
    });
    if (!created && SETTLED.has(doc.email.status)) return 'duplicate';
    if (!contact?.email)
      return this.dispatcher.settle(doc, 'skipped', 'the contact has no email address on file');
    if (remembered && !remembered.latest)
      return this.dispatcher.settle(
        doc,
        'skipped',
        `superseded: sequence ${remembered.sequence} was already sent`,
      );
    const suppressed = await this.suppressed(tenantId, contact.email);
    if (suppressed) return this.dispatcher.settle(doc, 'suppressed', suppressed);
    const [member, thread] = await Promise.all([
      this.member(tenantId, invitation.memberId),
      this.threads.ofRelationship(tenantId, invitation.relationshipId),
    ]);
    const messageId = `invitation.${invitation.interviewId}.${invitation.sequence}.${invitation.method.toLowerCase()}@${this.settings.replyDomain}`;
    if (thread) await this.joinThread(tenantId, thread._id, invitation, messageId);
    const mail = invitationMail(invitation, {
      tenantId,
      notificationId: doc._id,
      messageId,
      from: this.settings.from,
      to: { email: contact.email, ...(contact.name ? { name: contact.name } : {}) },
      member,
      ...(thread ? { threadAddress: this.threadAddress(thread._id) } : {}),
    });
    return this.dispatcher.deliver(doc, mail, contact.email);
  }

  async sendThankYou(tenantId: string, email: ThankYouEmail): Promise<DispatchResult> {
    const { created, doc } = await this.notifications.claim({
      tenantId,
      dedupeKey: `thank-you-email:${email.interviewId}`,
      kind: 'thank-you-email',
      audience: 'contact',
      memberId: email.memberId,
      contactId: email.contactId,
      relationshipId: email.relationshipId,
      createdAt: this.clock(),
      subject: email.subject,
    });
    if (!created && SETTLED.has(doc.email.status)) return 'duplicate';
    const contact = await this.contacts.contactOf(tenantId, email.memberId, email.contactId);
    if (!contact?.email)
      return this.dispatcher.settle(doc, 'skipped', 'the contact has no email address on file');
    const suppressed = await this.suppressed(tenantId, contact.email);
    if (suppressed) return this.dispatcher.settle(doc, 'suppressed', suppressed);
    const [member, thread] = await Promise.all([
      this.member(tenantId, email.memberId),
      this.threads.ofRelationship(tenantId, email.relationshipId),
    ]);
    const messageId = `thank-you.${email.interviewId}@${this.settings.replyDomain}`;
    if (thread) await this.joinThread(tenantId, thread._id, email, messageId);
    const mail = thankYouMail(email, {
      tenantId,
      notificationId: doc._id,
      messageId,
      from: this.settings.from,
      to: { email: contact.email, ...(contact.name ? { name: contact.name } : {}) },
      member,
      ...(thread
        ? {
            thread: {
              address: this.threadAddress(thread._id),
              messageIds: thread.messageIds.filter((id) => id !== messageId),
            },
          }
        : {}),
    });
    return this.dispatcher.deliver(doc, mail, contact.email);
  }

  /**
   * The message becomes one of the thread's: a contact who answers it by email (not through the
   * calendar) names it in In-Reply-To, and Inbound Parse accepts only the thread's own messages.
   */
  private async joinThread(
    tenantId: string,
    token: string,
    { memberId, contactId, relationshipId }: RelationshipRef,
    messageId: string,
  ): Promise<void> {
    const ref = { memberId, contactId, relationshipId };
    await this.threads.remember(tenantId, token, ref, messageId, this.clock());
  }

  private threadAddress(token: string): string {
    return `reply+${token}@${this.settings.replyDomain}`;
  }

  private async member(
    tenantId: string,
    memberId: string,
  ): Promise<{ name: string; email?: string }> {
    const { preferences } = await this.preferences.get(tenantId, memberId);
    return {
      name: preferences.displayName || 'A Rapport member',
      ...(preferences.email ? { email: preferences.email } : {}),
    };
  }

  private async suppressed(tenantId: string, address: string): Promise<string | undefined> {
    const reason = await this.suppressions.reasonFor(tenantId, address);
    if (!reason) return undefined;
    return reason === 'unsubscribed'
      ? 'the contact unsubscribed from mail sent through Rapport'
      : 'the address bounced before; it is no longer mailed';
  }
}
