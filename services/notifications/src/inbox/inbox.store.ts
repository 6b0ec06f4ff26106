import type { Collection, Db } from 'mongodb';
import type { MemberNotificationKind } from '../domain/notification';

/** One item in a member's in-app inbox. */
export interface InboxItem {
  /** The notification's id: one item per notification. */
  _id: string;
  tenantId: string;
  memberId: string;
  kind: MemberNotificationKind | 'digest';
  title: string;
  body: string;
  actionUrl: string;
  contactId?: string;
  relationshipId?: string;
  createdAt: Date;
  dueAt?: Date;
  readAt: Date | null;
}

/** The in-app inbox: created once per notification, read and marked read by its member. */
export class InboxStore {
  readonly collection: Collection<InboxItem>;

  constructor(db: Db) {
    this.collection = db.collection<InboxItem>('inbox');
  }

  async add(item: InboxItem): Promise<void> {
    try {
      await this.collection.insertOne(item);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }

  async list(
    tenantId: string,
    memberId: string,
    options: { unreadOnly: boolean; limit: number; before?: Date },
  ): Promise<InboxItem[]> {
    return this.collection
      .find({
        tenantId,
        memberId,
        ...(options.unreadOnly ? { readAt: null } : {}),
        ...(options.before ? { createdAt: { $lt: options.before } } : {}),
      })
      .sort({ createdAt: -1, _id: 1 })
      .limit(options.limit)
      .toArray();
  }

  async unreadCount(tenantId: string, memberId: string): Promise<number> {
    return this.collection.countDocuments({ tenantId, memberId, readAt: null });
  }

  /** Marks one item read; false when the member has no such item. */
  async markRead(tenantId: string, memberId: string, id: string, at: Date): Promise<boolean> {
    const item = await this.collection.findOne({ _id: id });
    if (!item || item.tenantId !== tenantId || item.memberId !== memberId) return false;
    if (item.readAt === null)
      await this.collection.updateOne({ _id: id }, { $set: { readAt: at } });
    return true;
  }

  async markAllRead(tenantId: string, memberId: string, at: Date): Promise<number> {
    const result = await this.collection.updateMany(
      { tenantId, memberId, readAt: null },
      { $set: { readAt: at } },
    );
    return result.modifiedCount;
  }

  /** Items created in [from, to), oldest first: what a digest summarises. */
  async between(tenantId: string, memberId: string, from: Date, to: Date): Promise<InboxItem[]> {
    return this.collection
      .find({ tenantId, memberId, createdAt: { $gte: from, $lt: to }, kind: { $ne: 'digest' } })
      .sort({ createdAt: 1, _id: 1 })
      .toArray();
  }
}
