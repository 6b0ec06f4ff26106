import type { Logger } from '@rapport/platform';
import type { BrandingStore } from '../branding/branding.store';
import type { DispatcherSettings } from '../delivery/dispatcher';
import type { Mailer } from '../delivery/mailer';
import type { NotificationDocument, NotificationStore } from '../delivery/notification.store';
import { MEMBER_NOTIFICATION_KINDS, type MemberNotificationKind } from '../domain/notification';
import type { InboxStore } from '../inbox/inbox.store';
import type { PreferencesStore } from '../preferences/preferences.store';
import { type DigestEntry, digestSections, renderDigest } from './digest-content';

export interface SendDigestInput {
  readonly tenantId: string;
  readonly memberId: string;
  /** The member's date the digest is for (YYYY-MM-DD): one digest per date. */
  readonly localDate: string;
  /** When it was due, epoch ms: the end of its window, so a retry gathers the same items. */
  readonly at: number;
  /** Start of its window, epoch ms: the previous digest's time (24 h before for the first). */
  readonly since: number;
}

export interface DigestOutcome {
  readonly status: 'sent' | 'skipped' | 'failed' | 'duplicate';
  readonly reason?: string;
  readonly items: number;
}

export interface DigestActivities {
  sendDigest(input: SendDigestInput): Promise<DigestOutcome>;
}

export interface DigestDeps {
  readonly notifications: NotificationStore;
  readonly inbox: InboxStore;
  readonly preferences: PreferencesStore;
  readonly branding: BrandingStore;
  readonly mailer: Mailer;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly settings: Pick<DispatcherSettings, 'from' | 'publicUrl'>;
}

/** Per member and date: the key that makes a retried or replayed digest send once. */
export const digestKey = (memberId: string, localDate: string) => `digest:${memberId}:${localDate}`;

// Mail to contacts and the calendar-reply notices are not reminders: no digest section has them.
const memberKind = (kind: string): kind is MemberNotificationKind =>
  (MEMBER_NOTIFICATION_KINDS as readonly string[]).includes(kind);

/**
 * What the digest summarises: the member's inbox items that came in during its window, and every
 * email still held back by quiet hours, however old (an item held twice counts once).
 */
async function gather(
  deps: DigestDeps,
  input: SendDigestInput,
): Promise<{ entries: DigestEntry[]; heldIds: string[] }> {
  const { tenantId, memberId } = input;
  const [recent, held] = await Promise.all([
    deps.inbox.between(tenantId, memberId, new Date(input.since), new Date(input.at)),
    deps.notifications
      .heldOf(tenantId, memberId)
      .then((docs) => docs.filter((doc) => doc.audience === 'member')),
  ]);
  const heldIds = held.map((doc) => doc._id);
  const heldInbox = await deps.inbox.items(heldIds);
  const inboxById = new Map([...recent.map((item) => [item._id, item] as const), ...heldInbox]);
  const entries: DigestEntry[] = [];
  for (const item of recent) {
    if (!memberKind(item.kind)) continue;
    entries.push({
      id: item._id,
      kind: item.kind,
      title: item.title,
      actionUrl: item.actionUrl,
      at: (item.dueAt ?? item.createdAt).getTime(),
      held: heldIds.includes(item._id),
    });
  }
  for (const doc of held) {
    if (!memberKind(doc.kind)) continue;
    const item = inboxById.get(doc._id);
    // Without an inbox item (in-app turned off) the email's subject and the relationship remain.
    const relationshipUrl = `${deps.settings.publicUrl}/members/${encodeURIComponent(memberId)}/relationships/${encodeURIComponent(doc.relationshipId ?? '')}`;
    entries.push({
      id: doc._id,
      kind: doc.kind,
      title: item?.title ?? doc.subject ?? 'A reminder',
      actionUrl: item?.actionUrl ?? relationshipUrl,
      at: (doc.dueAt ?? doc.createdAt).getTime(),
      held: true,
    });
  }
  return { entries, heldIds };
}

/**
 * The daily digest activity: once per member and date (its notification's key), the items that
 * came due grouped into one mail in the member's zone and under the institution's name, plus an
 * inbox item. Nothing is sent when nothing came due, email is off or there is no address; the
 * notification records why. Held emails are settled by the digest that carried them.
 */
export function createDigestActivities(deps: DigestDeps): DigestActivities {
  const { notifications, clock, logger } = deps;

  async function settle(
    doc: NotificationDocument,
    heldIds: readonly string[],
    status: 'sent' | 'skipped' | 'failed',
    reason: string | undefined,
    email: Partial<NotificationDocument['email']>,
    extra: { subject?: string; inboxItemId?: string },
  ): Promise<void> {
    await notifications.recordEmail(
      doc._id,
      { status, ...(reason ? { reason } : {}), ...email },
      extra,
    );
    if (heldIds.length === 0) return;
    await notifications.settleHeld(
      heldIds,
      status,
      `in the digest ${doc._id}${reason ? `: ${reason}` : ''}`,
    );
  }

  return {
    async sendDigest(input) {
      const { tenantId, memberId, localDate } = input;
      const { preferences: prefs } = await deps.preferences.get(tenantId, memberId);
      // The workflow hears of a change moments later; the settings saved now decide.
      if (!prefs.digest.enabled)
        return { status: 'skipped', reason: 'the digest is turned off', items: 0 };
      const { created, doc } = await notifications.claim({
        tenantId,
        dedupeKey: digestKey(memberId, localDate),
        kind: 'digest',
        audience: 'member',
        memberId,
        createdAt: clock(),
        dueAt: new Date(input.at),
      });
      // `pending` means an earlier attempt stopped before the outcome was recorded: go on.
      if (!created && doc.email.status !== 'pending') {
        return { status: 'duplicate', items: 0 };
      }
      const { entries, heldIds } = await gather(deps, input);
      const sections = digestSections(entries);
      const items = sections.reduce((sum, section) => sum + section.entries.length, 0);
      if (items === 0) {
        const reason = 'nothing came due since the last digest';
        await settle(doc, [], 'skipped', reason, {}, {});
        return { status: 'skipped', reason, items };
      }
      const rendered = renderDigest(sections, {
        branding: await deps.branding.get(tenantId),
        timeZone: prefs.timeZone,
        localDate,
        publicUrl: deps.settings.publicUrl,
        ...(prefs.displayName ? { memberName: prefs.displayName } : {}),
      });
      if (prefs.channels.inApp) {
        await deps.inbox.add({
          _id: doc._id,
          tenantId,
          memberId,
          kind: 'digest',
          title: rendered.title,
          body: rendered.summary,
          actionUrl: rendered.actionUrl,
          createdAt: new Date(input.at),
          readAt: null,
        });
      }
      const extra = {
        subject: rendered.subject,
        ...(prefs.channels.inApp ? { inboxItemId: doc._id } : {}),
      };
      const skipped = async (reason: string): Promise<DigestOutcome> => {
        await settle(doc, heldIds, 'skipped', reason, {}, extra);
        return { status: 'skipped', reason, items };
      };
      if (!prefs.channels.email) return skipped('email is turned off');
      if (!prefs.email) return skipped('no email address on file');
      const outcome = await deps.mailer.send({
        to: { email: prefs.email, ...(prefs.displayName ? { name: prefs.displayName } : {}) },
        from: deps.settings.from,
        subject: rendered.subject,
        content: [
          { type: 'text/plain', value: rendered.text },
          { type: 'text/html', value: rendered.html },
        ],
        customArgs: { tenant_id: tenantId, notification_id: doc._id, member_id: memberId },
      });
      const attempts = doc.email.attempts + outcome.attempts;
      if (outcome.ok) {
        await settle(
          doc,
          heldIds,
          'sent',
          undefined,
          {
            attempts,
            to: prefs.email,
            sentAt: clock(),
            ...(outcome.providerMessageId ? { providerMessageId: outcome.providerMessageId } : {}),
          },
          extra,
        );
        return { status: 'sent', items };
      }
      logger.warn(
        { notificationId: doc._id, permanent: outcome.permanent, reason: outcome.reason },
        'digest not delivered to the provider',
      );
      if (!outcome.permanent) {
        await notifications.recordEmail(
          doc._id,
          { status: 'pending', reason: outcome.reason, attempts, to: prefs.email },
          extra,
        );
        // Temporal tries the activity again with back-off.
        throw new Error(`email provider unavailable: ${outcome.reason}`);
      }
      await settle(doc, heldIds, 'failed', outcome.reason, { attempts, to: prefs.email }, extra);
      return { status: 'failed', reason: outcome.reason, items };
    },
  };
}
