import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey, isDuplicateKeyError } from '@rapport/platform';
import type { EmailStatus, NotificationKind } from '../domain/notification';
import { fieldKey } from '../inbox/field-key';

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

/** What a member's log keeps of each notification: enough to order it and find a contact's. */
interface MemberLogEntry {
  readonly id: string;
  readonly createdAt: Date;
  readonly contactId?: string;
}

/**
 * A member's own delivery log as one document (`tenant|member`), so their screens, a contact's
 * erasure and the digest's held emails are `_id` reads, never a scan of every tenant's mail.
 * About 150 bytes an entry: 10,000 notifications make ~1.5 MB, far under 16 MB; `held` lists the
 * ids currently held by quiet hours (a handful), kept in step by `recordEmail`.
 */
interface MemberLogDocument {
  _id: string;
  tenantId: string;
  memberId: string;
  entries: Record<string, MemberLogEntry>;
  /** Absent until something is held (FerretDB 1.24 ignores `$setOnInsert` on an upsert). */
  held?: string[];
}

const memberLogId = (tenantId: string, memberId: string) => `${tenantId}|${memberId}`;

/** The delivery log: one document per notification, created once per dedupe key. */
export class NotificationStore {
  readonly collection: Collection<NotificationDocument>;
  private readonly members: Collection<MemberLogDocument>;

  constructor(db: Db) {
    this.collection = db.collection<NotificationDocument>('notifications');
    this.members = db.collection<MemberLogDocument>('notification_members');
  }

  /**
   * Creates the notification, or answers the one already there under the same key (with
   * `created: false`): the caller then knows it is a redelivery. The member's log entry is set
   * either way (idempotent), so a crash between the two writes heals on the redelivery.
   */
  async claim(
    notification: NewNotification,
  ): Promise<{ created: boolean; doc: NotificationDocument }> {
    const doc: NotificationDocument = {
      _id: notificationId(notification.tenantId, notification.dedupeKey),
      ...notification,
      email: { status: 'pending', attempts: 0, events: [] },
    };
    let result: { created: boolean; doc: NotificationDocument };
    try {
      await this.collection.insertOne(doc);
      result = { created: true, doc };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.collection.findOne({ _id: doc._id });
      if (!existing) throw error;
      result = { created: false, doc: existing };
    }
    await this.logEntry(result.doc);
    return result;
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
    if (change.status === undefined) {
      await this.collection.updateOne({ _id: id }, { $set: set });
      return;
    }
    const doc = await this.collection.findOneAndUpdate(
      { _id: id },
      { $set: set },
      { returnDocument: 'after' },
    );
    if (!doc) return;
    const _id = memberLogId(doc.tenantId, doc.memberId);
    if (change.status === 'held')
      await this.members.updateOne({ _id }, { $addToSet: { held: id } });
    else await this.members.updateOne({ _id }, { $pull: { held: id } });
  }

  /**
   * Adds a provider event once (by its id); false when it was already there. Read, then push:
   * a conditional update would scan on FerretDB. SendGrid retries a batch minutes later, so two
   * deliveries of one event racing here (which could log it twice) is not a case worth a lock.
   */
  async addDeliveryEvent(id: string, event: DeliveryEvent): Promise<boolean> {
    const doc = await this.collection.findOne({ _id: id });
    if (!doc) return false;
    if (doc.email.events.some((e) => e.providerEventId === event.providerEventId)) return false;
    await this.collection.updateOne({ _id: id }, { $push: { 'email.events': event } });
    return true;
  }

  /**
   * The provider reported the email bounced or dropped: it failed after all. Only an email
   * recorded as sent (or still being sent) changes; the reason says why.
   */
  async recordUndelivered(id: string, reason: string): Promise<void> {
    const doc = await this.collection.findOne({ _id: id });
    if (doc?.email.status !== 'sent' && doc?.email.status !== 'pending') return;
    await this.collection.updateOne(
      { _id: id },
      { $set: { 'email.status': 'failed', 'email.reason': reason } },
    );
  }

  /** A member's notifications, newest first (their own delivery log). */
  async ofMember(
    tenantId: string,
    memberId: string,
    limit: number,
  ): Promise<NotificationDocument[]> {
    const log = await this.members.findOne({ _id: memberLogId(tenantId, memberId) });
    const page = Object.values(log?.entries ?? {})
      .sort(
        (a, b) =>
          b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .slice(0, limit);
    return this.byIds(page.map((entry) => entry.id));
  }

  /** The member's emails held by quiet hours, as they stand now. */
  async heldOf(tenantId: string, memberId: string): Promise<NotificationDocument[]> {
    const log = await this.members.findOne({ _id: memberLogId(tenantId, memberId) });
    const docs = await this.byIds(log?.held ?? []);
    return docs.filter((doc) => doc.email.status === 'held');
  }

  /** Settles held emails (a digest carried them); one that is no longer held keeps its state. */
  async settleHeld(ids: readonly string[], status: EmailStatus, reason: string): Promise<void> {
    for (const doc of await this.byIds(ids)) {
      if (doc.email.status === 'held') await this.recordEmail(doc._id, { status, reason });
    }
  }

  /**
   * The tenant's delivery log for operators and admins, newest first, optionally by status.
   * This one stays a query over the collection (a scan on FerretDB, the {tenantId, createdAt}
   * index on MongoDB): it is a staff screen, not a member's or a consumer's path, and `limit`
   * bounds what it returns. A per-tenant document would be rewritten by every notification.
   */
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
    const log = await this.members.findOne({ _id: memberLogId(tenantId, memberId) });
    let forgotten = 0;
    for (const entry of Object.values(log?.entries ?? {})) {
      if (entry.contactId !== contactId) continue;
      const result = await this.collection.updateOne(
        { _id: entry.id },
        { $unset: { 'email.to': '' } },
      );
      forgotten += result.modifiedCount;
    }
    return forgotten;
  }

  /**
   * Writes every member's log again from the notifications themselves: a full read, for repair
   * or a change of the log's shape, never a request's path. Running it twice changes nothing.
   */
  async rebuildMemberLogs(): Promise<number> {
    const logs = new Map<string, MemberLogDocument>();
    for await (const doc of this.collection.find({})) {
      const _id = memberLogId(doc.tenantId, doc.memberId);
      const log = logs.get(_id) ?? { _id, tenantId: doc.tenantId, memberId: doc.memberId };
      const entries = { ...(logs.get(_id)?.entries ?? {}), [fieldKey(doc._id)]: entryOf(doc) };
      const held = [
        ...(logs.get(_id)?.held ?? []),
        ...(doc.email.status === 'held' ? [doc._id] : []),
      ];
      logs.set(_id, { ...log, entries, held });
    }
    for (const log of logs.values())
      await againOnDuplicateKey(() =>
        this.members.replaceOne({ _id: log._id }, log, { upsert: true }),
      );
    return logs.size;
  }

  /** Notifications by id, one `_id` read each (a `$in` would scan on FerretDB), in that order. */
  private async byIds(ids: readonly string[]): Promise<NotificationDocument[]> {
    const docs = await Promise.all(ids.map((_id) => this.collection.findOne({ _id })));
    return docs.flatMap((doc) => (doc ? [doc] : []));
  }

  private async logEntry(doc: NotificationDocument): Promise<void> {
    const entry = entryOf(doc);
    await againOnDuplicateKey(() =>
      this.members.updateOne(
        { _id: memberLogId(doc.tenantId, doc.memberId) },
        {
          $set: {
            tenantId: doc.tenantId,
            memberId: doc.memberId,
            [`entries.${fieldKey(doc._id)}`]: entry,
          },
        },
        { upsert: true },
      ),
    );
  }
}

function entryOf(doc: NotificationDocument): MemberLogEntry {
  return {
    id: doc._id,
    createdAt: doc.createdAt,
    ...(doc.contactId ? { contactId: doc.contactId } : {}),
  };
}
