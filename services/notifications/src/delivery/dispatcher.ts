import { Inject, Injectable } from '@nestjs/common';
import type { MailDataRequired } from '@sendgrid/helpers/classes/mail';
import type { Logger } from '@rapport/platform';
import { CLOCK, type Clock } from '@rapport/service-skeleton';
import { BrandingStore } from '../branding/branding.store';
import { ContactNames } from '../contact-names/contact-names';
import type { MemberItem, OutreachEmail } from '../domain/notification';
import { InboxStore } from '../inbox/inbox.store';
import { inQuietHours } from '../preferences/preferences';
import { PreferencesStore } from '../preferences/preferences.store';
import { renderMemberItem } from '../templates/member-items';
import { outreachMail } from '../templates/outreach-email';
import { DISPATCHER_SETTINGS, NOTIFICATIONS_LOGGER } from '../shared/notifications.tokens';
import { addressKey, SuppressionStore } from '../threads/suppressions.store';
import { ThreadStore } from '../threads/thread.store';
import { UnsubscribeTokens } from '../unsubscribe/unsubscribe-token';
import { Mailer } from './mailer';
import { type NotificationDocument, NotificationStore } from './notification.store';

export interface DispatcherSettings {
  readonly from: { readonly email: string; readonly name: string };
  readonly replyDomain: string;
  readonly publicUrl: string;
  /** Where the unsubscribe route of this service is reached from outside. */
  readonly unsubscribeBaseUrl: string;
}

export interface DispatcherDeps {
  readonly notifications: NotificationStore;
  readonly inbox: InboxStore;
  readonly preferences: PreferencesStore;
  readonly branding: BrandingStore;
  readonly threads: ThreadStore;
  readonly suppressions: SuppressionStore;
  readonly tokens: UnsubscribeTokens;
  readonly mailer: Mailer;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly settings: DispatcherSettings;
  /** Names of contacts, when known (the contacts context's directory). */
  readonly contactName?: (
    tenantId: string,
    memberId: string,
    contactId: string,
  ) => Promise<string | undefined>;
}

export type DispatchResult = 'sent' | 'duplicate' | NotificationDocument['email']['status'];

/** An email that has already had its outcome must never be sent again. */
const SETTLED = new Set(['sent', 'failed', 'suppressed', 'skipped', 'held']);

/**
 * Turns due items and outreach send requests into notifications, exactly once per dedupe key:
 * an inbox item and, as the member's preferences allow, an email; for contacts, the member's own
 * email in its thread, unless the contact opted out or the address bounced.
 */
@Injectable()
export class Dispatcher {
  private readonly deps: DispatcherDeps;

  constructor(
    @Inject(NotificationStore) notifications: NotificationStore,
    @Inject(InboxStore) inbox: InboxStore,
    @Inject(PreferencesStore) preferences: PreferencesStore,
    @Inject(BrandingStore) branding: BrandingStore,
    @Inject(ThreadStore) threads: ThreadStore,
    @Inject(SuppressionStore) suppressions: SuppressionStore,
    @Inject(UnsubscribeTokens) tokens: UnsubscribeTokens,
    @Inject(Mailer) mailer: Mailer,
    @Inject(ContactNames) names: ContactNames,
    @Inject(CLOCK) clock: Clock,
    @Inject(NOTIFICATIONS_LOGGER) logger: Logger,
    @Inject(DISPATCHER_SETTINGS) settings: DispatcherSettings,
  ) {
    const contactName = (tenantId: string, memberId: string, contactId: string) =>
      names.nameOf(tenantId, memberId, contactId);
    this.deps = {
      notifications,
      inbox,
      preferences,
      branding,
      threads,
      suppressions,
      tokens,
      mailer,
      clock,
      logger,
      settings,
      contactName,
    };
  }

  async notifyMember(
    tenantId: string,
    dedupeKey: string,
    item: MemberItem,
  ): Promise<DispatchResult> {
    const { notifications, preferences, branding, inbox, clock, settings } = this.deps;
    const { created, doc } = await notifications.claim({
      tenantId,
      dedupeKey,
      kind: item.kind,
      audience: 'member',
      memberId: item.memberId,
      contactId: item.contactId,
      relationshipId: item.relationshipId,
      createdAt: clock(),
      dueAt: new Date(item.dueAt),
    });
    if (!created && SETTLED.has(doc.email.status)) return 'duplicate';
    const [{ preferences: prefs }, brand, contactName] = await Promise.all([
      preferences.get(tenantId, item.memberId),
      branding.get(tenantId),
      this.deps.contactName?.(tenantId, item.memberId, item.contactId),
    ]);
    const rendered = renderMemberItem(item, {
      branding: brand,
      timeZone: prefs.timeZone,
      publicUrl: settings.publicUrl,
      ...(contactName ? { contactName } : {}),
    });
    if (prefs.channels.inApp) {
      await inbox.add({
        _id: doc._id,
        tenantId,
        memberId: item.memberId,
        kind: item.kind,
        title: rendered.title,
        body: rendered.summary,
        actionUrl: rendered.actionUrl,
        contactId: item.contactId,
        relationshipId: item.relationshipId,
        createdAt: doc.createdAt,
        dueAt: new Date(item.dueAt),
        readAt: null,
      });
    }
    const extra = {
      subject: rendered.subject,
      ...(prefs.channels.inApp ? { inboxItemId: doc._id } : {}),
    };
    if (!prefs.channels.email) return this.settle(doc, 'skipped', 'email is turned off', extra);
    if (!prefs.email) return this.settle(doc, 'skipped', 'no email address on file', extra);
    if (inQuietHours(clock(), prefs)) {
      // Nothing is mailed at night: the morning digest carries it, or, for a member who wants no
      // digest, the inbox alone.
      return this.settle(
        doc,
        'held',
        prefs.digest.enabled
          ? 'quiet hours: in the next digest instead'
          : 'quiet hours: in the inbox only (no digest chosen)',
        extra,
      );
    }
    return this.deliver(
      doc,
      {
        to: { email: prefs.email, ...(prefs.displayName ? { name: prefs.displayName } : {}) },
        from: settings.from,
        subject: rendered.subject,
        content: [
          { type: 'text/plain', value: rendered.text },
          { type: 'text/html', value: rendered.html },
        ],
        customArgs: { tenant_id: tenantId, notification_id: doc._id, member_id: item.memberId },
      },
      prefs.email,
      extra,
    );
  }

  async sendOutreachEmail(tenantId: string, email: OutreachEmail): Promise<DispatchResult> {
    const { notifications, threads, suppressions, tokens, clock, settings } = this.deps;
    const { created, doc } = await notifications.claim({
      tenantId,
      dedupeKey: `outreach-email:${email.messageId}`,
      kind: 'outreach-email',
      audience: 'contact',
      memberId: email.memberId,
      contactId: email.contactId,
      relationshipId: email.relationshipId,
      createdAt: clock(),
      subject: email.subject,
    });
    if (!created && SETTLED.has(doc.email.status)) return 'duplicate';
    await threads.remember(
      tenantId,
      email.threadToken,
      {
        memberId: email.memberId,
        contactId: email.contactId,
        relationshipId: email.relationshipId,
      },
      email.messageId,
      clock(),
    );
    const suppressed = await suppressions.reasonFor(tenantId, email.to.email);
    if (suppressed) {
      return this.settle(
        doc,
        'suppressed',
        suppressed === 'unsubscribed'
          ? 'the contact unsubscribed from outreach mail'
          : 'the address bounced before; it is no longer mailed',
      );
    }
    const token = await tokens.sign({ tenantId, addressHash: addressKey(email.to.email) });
    const mail = outreachMail(email, {
      tenantId,
      notificationId: doc._id,
      from: settings.from,
      threadAddress: `reply+${email.threadToken}@${settings.replyDomain}`,
      unsubscribeUrl: `${settings.unsubscribeBaseUrl}/unsubscribe?token=${token}`,
    });
    return this.deliver(doc, mail, email.to.email);
  }

  /** Records an email's outcome without sending it (shared with the interview mail). */
  async settle(
    doc: NotificationDocument,
    status: NotificationDocument['email']['status'],
    reason: string,
    extra: { subject?: string; inboxItemId?: string } = {},
  ): Promise<DispatchResult> {
    await this.deps.notifications.recordEmail(doc._id, { status, reason }, extra);
    return status;
  }

  /** Sends a claimed notification's email and records the outcome (shared with interview mail). */
  async deliver(
    doc: NotificationDocument,
    mail: MailDataRequired,
    to: string,
    extra: { subject?: string; inboxItemId?: string } = {},
  ): Promise<DispatchResult> {
    const outcome = await this.deps.mailer.send(mail);
    if (outcome.ok) {
      await this.deps.notifications.recordEmail(
        doc._id,
        {
          status: 'sent',
          attempts: doc.email.attempts + outcome.attempts,
          to,
          sentAt: this.deps.clock(),
          ...(outcome.providerMessageId ? { providerMessageId: outcome.providerMessageId } : {}),
        },
        extra,
      );
      return 'sent';
    }
    const attempts = doc.email.attempts + outcome.attempts;
    this.deps.logger.warn(
      { notificationId: doc._id, permanent: outcome.permanent, reason: outcome.reason, attempts },
      'email not delivered to the provider',
    );
    if (!outcome.permanent) {
      // Still pending: the consumer tries the message again later, and parks it in the dead-letter
      // topic (for an operator to replay) when the provider stays unavailable.
      await this.deps.notifications.recordEmail(
        doc._id,
        { status: 'pending', reason: outcome.reason, attempts, to },
        extra,
      );
      throw new Error(`email provider unavailable: ${outcome.reason}`);
    }
    await this.deps.notifications.recordEmail(
      doc._id,
      { status: 'failed', reason: outcome.reason, attempts, to },
      extra,
    );
    return 'failed';
  }
}
