import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey, isDuplicateKeyError } from '@rapport/platform';
import type { MemberNotificationKind } from '../domain/notification';
import { fieldKey } from './field-key';

/** One item in a member's in-app inbox. */
export interface InboxItem {
  /** The notification's id: one item per notification. */
  _id: string;
  tenantId: string;
  memberId: string;
  /** `calendar-reply`: the contact's calendar answered an interview invitation. */
  kind: MemberNotificationKind | 'digest' | 'calendar-reply';
  title: string;
  body: string;
  actionUrl: string;
  contactId?: string;
  relationshipId?: string;
  createdAt: Date;
  dueAt?: Date;
  /** Null while unread. Stored items keep what they were added with; reads fill it in. */
  readAt: Date | null;
}

/** What the member's inbox document keeps of an item: enough to order, filter and page. */
interface InboxEntry {
  readonly id: string;
  readonly createdAt: Date;
  readonly digest: boolean;
  readonly readAt?: Date;
}

/**
 * The member's inbox as one document (`tenant|member`), so every screen is one read by `_id`:
 * the entries (about 120 bytes each: 10,000 items make ~1.2 MB, far under 16 MB) and the ids
 * still unread. The unread set is the count, and it stays exact without compare-and-set: adding
 * is `$addToSet`, reading is `$pull`, reading everything `$pullAll` of what was unread when read
 * (an item that arrives meanwhile stays unread).
 */
interface MemberInboxDocument {
  _id: string;
  tenantId: string;
  memberId: string;
  entries: Record<string, InboxEntry>;
  unread: string[];
  readAllAt?: Date;
}

const memberInboxId = (tenantId: string, memberId: string) => `${tenantId}|${memberId}`;

const byId = (a: InboxEntry, b: InboxEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const newestFirst = (a: InboxEntry, b: InboxEntry) =>
  b.createdAt.getTime() - a.createdAt.getTime() || byId(a, b);
const oldestFirst = (a: InboxEntry, b: InboxEntry) =>
  a.createdAt.getTime() - b.createdAt.getTime() || byId(a, b);

/** The in-app inbox: created once per notification, read and marked read by its member. */
export class InboxStore {
  /** The items themselves, by notification id; written once, never scanned. */
  readonly collection: Collection<InboxItem>;
  private readonly members: Collection<MemberInboxDocument>;

  constructor(db: Db) {
    this.collection = db.collection<InboxItem>('inbox');
    this.members = db.collection<MemberInboxDocument>('inbox_members');
  }

  /**
   * Adds the item once. The member's entry is written after the item, and written again when a
   * retry finds the item already there but no entry (a crash between the two writes).
   */
  async add(item: InboxItem): Promise<void> {
    try {
      await this.collection.insertOne({ ...item, readAt: null });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const doc = await this.member(item.tenantId, item.memberId);
      if (doc?.entries[fieldKey(item._id)]) return;
    }
    const entry: InboxEntry = {
      id: item._id,
      createdAt: item.createdAt,
      digest: item.kind === 'digest',
    };
    await againOnDuplicateKey(() =>
      this.members.updateOne(
        { _id: memberInboxId(item.tenantId, item.memberId) },
        {
          $set: {
            tenantId: item.tenantId,
            memberId: item.memberId,
            [`entries.${fieldKey(item._id)}`]: entry,
          },
          $addToSet: { unread: item._id },
        },
        { upsert: true },
      ),
    );
  }

  async list(
    tenantId: string,
    memberId: string,
    options: { unreadOnly: boolean; limit: number; before?: Date },
  ): Promise<InboxItem[]> {
    const doc = await this.member(tenantId, memberId);
    if (!doc) return [];
    const unread = new Set(doc.unread);
    const before = options.before?.getTime();
    const page = Object.values(doc.entries)
      .filter((entry) => !options.unreadOnly || unread.has(entry.id))
      .filter((entry) => before === undefined || entry.createdAt.getTime() < before)
      .sort(newestFirst)
      .slice(0, options.limit);
    const items = await this.items(page.map((entry) => entry.id));
    return page.flatMap((entry) => {
      const item = items.get(entry.id);
      if (!item) return [];
      const readAt = unread.has(entry.id)
        ? null
        : (entry.readAt ?? doc.readAllAt ?? item.createdAt);
      return [{ ...item, readAt }];
    });
  }

  async unreadCount(tenantId: string, memberId: string): Promise<number> {
    return (await this.member(tenantId, memberId))?.unread.length ?? 0;
  }

  /** Marks one item read; false when the member has no such item. */
  async markRead(tenantId: string, memberId: string, id: string, at: Date): Promise<boolean> {
    const doc = await this.member(tenantId, memberId);
    if (!doc?.entries[fieldKey(id)]) return false;
    if (doc.unread.includes(id)) {
      await this.members.updateOne(
        { _id: doc._id },
        { $pull: { unread: id }, $set: { [`entries.${fieldKey(id)}.readAt`]: at } },
      );
    }
    return true;
  }

  /** One write to the member's document, whatever the number of items. */
  async markAllRead(tenantId: string, memberId: string, at: Date): Promise<number> {
    const doc = await this.member(tenantId, memberId);
    if (!doc || doc.unread.length === 0) return 0;
    await this.members.updateOne(
      { _id: doc._id },
      { $pullAll: { unread: doc.unread }, $set: { readAllAt: at } },
    );
    return doc.unread.length;
  }

  /** Items created in [from, to), oldest first: what a digest summarises. */
  async between(tenantId: string, memberId: string, from: Date, to: Date): Promise<InboxItem[]> {
    const doc = await this.member(tenantId, memberId);
    if (!doc) return [];
    const ids = Object.values(doc.entries)
      .filter((e) => !e.digest && e.createdAt >= from && e.createdAt < to)
      .sort(oldestFirst)
      .map((e) => e.id);
    const items = await this.items(ids);
    return ids.flatMap((id) => items.get(id) ?? []);
  }

  /** Items by id, one `_id` read each (a `$in` would scan the collection on FerretDB). */
  async items(ids: readonly string[]): Promise<Map<string, InboxItem>> {
    const found = await Promise.all(ids.map((_id) => this.collection.findOne({ _id })));
    return new Map(found.flatMap((item) => (item ? [[item._id, item] as const] : [])));
  }

  private async member(tenantId: string, memberId: string) {
    return this.members.findOne({ _id: memberInboxId(tenantId, memberId) });
  }
}
