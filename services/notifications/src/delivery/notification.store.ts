import type { Collection, Db } from 'mongodb';
import type { EmailStatus, NotificationKind } from '../domain/notification';

/** A provider event about one email (SendGrid Event Webhook), as recorded. */
export interface DeliveryEvent {
  readonly providerEventId: string;
  readonly event: string;
  readonly at: Date;
  readonly reason?: string;
}

/** One notification: what was asked for, where it went, and what became of its email. */
export interface NotificationDocument {
  /** `<tenant>:<dedupe key>`: the same key never makes two notifications. */
  _id: string;
  tenantId: string;
  dedupeKey: string;
  kind: NotificationKind;
  audience: 'member' | 'contact';
  memberId: string;
  contactId?: string;
  relationshipId?: string;
  createdAt: Date;
  dueAt?: Date;
  subject?: string;
  email: {
    status: EmailStatus;
    reason?: string;
    attempts: number;
    to?: string;
    providerMessageId?: string;
    sentAt?: Date;
    events: DeliveryEvent[];
  };
  inboxItemId?: string;
}

export type NewNotification = Omit<NotificationDocument, '_id' | 'email' | 'inboxItemId'>;

export const notificationId = (tenantId: string, dedupeKey: string) => `${tenantId}:${dedupeKey}`;

/** The delivery log: one document per notification, created once per dedupe key. */
export class NotificationStore {
  readonly collection: Collection<NotificationDocument>;

  constructor(db: Db) {
    this.collection = db.collection<NotificationDocument>('notifications');
  }

  /**
   * Creates the notification, or answers the one already there under the same key (with
   * `created: false`): the caller then knows it is a redelivery.
   */
  async claim(
    notification: NewNotification,
  ): Promise<{ created: boolean; doc: NotificationDocument }> {
    const doc: NotificationDocument = {
      _id: notificationId(notification.tenantId, notification.dedupeKey),
      ...notification,
      email: { status: 'pending', attempts: 0, events: [] },
    };
    try {
      await this.collection.insertOne(doc);
      return { created: true, doc };
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      const existing = await this.collection.findOne({ _id: doc._id });
      if (!existing) throw error;
      return { created: false, doc: existing };
    }
  }

  async get(tenantId: string, dedupeKey: string): Promise<NotificationDocument | undefined> {
    return (
      (await this.collection.findOne({ _id: notificationId(tenantId, dedupeKey) })) ?? undefined
    );
  }

  async byId(id: string): Promise<NotificationDocument | undefined> {
    return (await this.collection.findOne({ _id: id })) ?? undefined;
  }

  async recordEmail(
    id: string,
    change: Partial<Omit<NotificationDocument['email'], 'events'>>,
    extra: { subject?: string; inboxItemId?: string } = {},
  ): Promise<void> {
    const set: Record<string, unknown> = { ...extra };
    for (const [field, value] of Object.entries(change)) set[`email.${field}`] = value;
    await this.collection.updateOne({ _id: id }, { $set: set });
  }

  /** Adds a provider event once (by its id); false when it was already there. */
  async addDeliveryEvent(id: string, event: DeliveryEvent): Promise<boolean> {
    const result = await this.collection.updateOne(
      // $nor rather than $ne: FerretDB matches `$ne` on an array path when any one element differs.
      { _id: id, $nor: [{ 'email.events.providerEventId': event.providerEventId }] },
      { $push: { 'email.events': event } },
    );
    return result.modifiedCount > 0;
  }

  /**
   * The provider reported the email bounced or dropped: it failed after all. Only an email
   * recorded as sent (or still being sent) changes; the reason says why.
   */
  async recordUndelivered(id: string, reason: string): Promise<void> {
    await this.collection.updateOne(
      { _id: id, 'email.status': { $in: ['sent', 'pending'] } },
      { $set: { 'email.status': 'failed', 'email.reason': reason } },
    );
  }

  /** A member's notifications, newest first (their own delivery log). */
  async ofMember(
    tenantId: string,
    memberId: string,
    limit: number,
  ): Promise<NotificationDocument[]> {
    return this.collection
      .find({ tenantId, memberId })
      .sort({ createdAt: -1, _id: 1 })
      .limit(limit)
      .toArray();
  }

  /** The tenant's delivery log for operators and admins, newest first, optionally by status. */
  async ofTenant(
    tenantId: string,
    filter: { status?: EmailStatus; limit: number },
  ): Promise<NotificationDocument[]> {
    return this.collection
      .find({ tenantId, ...(filter.status ? { 'email.status': filter.status } : {}) })
      .sort({ createdAt: -1, _id: 1 })
      .limit(filter.limit)
      .toArray();
  }

  /** Erasure: the log keeps what was sent and when, but no longer the contact's address. */
  async forgetAddressesOf(tenantId: string, memberId: string, contactId: string): Promise<number> {
    const result = await this.collection.updateMany(
      { tenantId, memberId, contactId, 'email.to': { $exists: true } },
      { $unset: { 'email.to': '' } },
    );
    return result.modifiedCount;
  }
}
