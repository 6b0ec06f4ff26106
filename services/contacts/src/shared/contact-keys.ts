import { Inject, Injectable } from '@nestjs/common';
import type { Collection, Db } from 'mongodb';
import { ensureIndexes } from '@rapport/eventstore';
import { duplicateKeyIndexes } from '@rapport/platform';
import { ConflictProblem } from '@rapport/platform/http';
import { CLOCK, type Clock, DB } from '@rapport/service-skeleton';
import { dedupeKeys } from '../domain/dedupe-keys';
import { ContactListReader } from './contact-list.reader';

interface ContactKeyDocument {
  _id: string;
  tenantId: string;
  memberId: string;
  contactId: string;
  key: string;
  reservedAt: Date;
}

/** A reservation left by a writer that crashed before its contact was stored is reclaimed after this. */
const ABANDONED_MS = 60_000;

/**
 * The de-duplication keys of every contact (normalised email, LinkedIn profile, name + organisation),
 * one document per key with the key itself as `_id`. The unique `_id` is what makes "no two contacts
 * of a member share an email" hold under concurrent adds and imports, with no transaction: a key is
 * reserved before the contact's events are appended and released when the contact lets go of it.
 */
@Injectable()
export class ContactKeys {
  private readonly keys: Collection<ContactKeyDocument>;

  constructor(
    @Inject(DB) db: Db,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ContactListReader) private readonly list: ContactListReader,
  ) {
    this.keys = db.collection<ContactKeyDocument>('contact_keys');
  }

  /** Whether the holder of a key was stored (a crashed writer leaves a key without a contact). */
  private async exists(tenantId: string, memberId: string, contactId: string): Promise<boolean> {
    return (await this.list.row(tenantId, memberId, contactId)) !== undefined;
  }

  async ensureIndexes(): Promise<void> {
    await ensureIndexes(this.keys, [{ key: { tenantId: 1, memberId: 1 }, name: 'member' }]);
  }

  /**
   * Every key of a member's contacts, to check a whole import file at once: derived from their
   * list rows (read by `_id`) rather than by scanning the keys of every member. The commit
   * reserves each key again, so a contact added meanwhile is still caught there.
   */
  async ownersFor(tenantId: string, memberId: string): Promise<Map<string, string>> {
    const rows = await this.list.rows(tenantId, memberId);
    const live = rows.filter((row) => row.status !== 'erased');
    return new Map(
      live.flatMap((row) =>
        dedupeKeys({
          ...row,
          givenName: row.givenName ?? '',
          familyName: row.familyName ?? '',
        }).map((key) => [key, row.contactId] as const),
      ),
    );
  }

  /**
   * Reserves the keys for `contactId`. Returns the other contact already holding one of them (and
   * releases what this call took), or undefined when all are ours.
   */
  async reserve(
    tenantId: string,
    memberId: string,
    contactId: string,
    keys: readonly string[],
  ): Promise<string | undefined> {
    const clash = (await this.reserveMany(tenantId, memberId, [{ contactId, keys }])).get(
      contactId,
    );
    return clash;
  }

  /** `reserve`, answering a clash as the 409 problem the member sees. */
  async reserveOrConflict(
    tenantId: string,
    memberId: string,
    contactId: string,
    keys: readonly string[],
  ): Promise<void> {
    const duplicateOf = await this.reserve(tenantId, memberId, contactId, keys);
    if (duplicateOf) {
      throw new ConflictProblem(
        `contact ${duplicateOf} has the same email, LinkedIn profile or name and organisation`,
        { reason: 'duplicate-contact', duplicateOf },
      );
    }
  }

  /** Bulk `reserve`: contact id → the contact that already holds one of its keys. */
  async reserveMany(
    tenantId: string,
    memberId: string,
    items: readonly { contactId: string; keys: readonly string[] }[],
  ): Promise<Map<string, string>> {
    const docs = items.flatMap(({ contactId, keys }) =>
      keys.map((key) => ({
        _id: keyId(tenantId, memberId, key),
        tenantId,
        memberId,
        contactId,
        key,
        reservedAt: this.clock(),
      })),
    );
    // Only keys whose insert was refused are looked up: a fresh import reads nothing back.
    const refused: string[] = [];
    if (docs.length > 0) {
      await this.keys.insertMany(docs, { ordered: false }).catch((error: unknown) => {
        const indexes = duplicateKeyIndexes(error);
        if (!indexes) throw error;
        for (const index of indexes) refused.push(docs[index]!._id);
      });
    }
    const held = await this.holders(refused);
    const clashes = new Map<string, string>();
    for (const doc of docs) {
      const holder = held.get(doc._id);
      if (holder && holder.contactId !== doc.contactId) {
        if (await this.reclaimIfAbandoned(holder)) {
          return this.reserveMany(tenantId, memberId, items);
        }
        clashes.set(doc.contactId, holder.contactId);
      }
    }
    // A loser lets go of the keys this call did insert for it; the refused ones are another's.
    const taken = docs.filter((doc) => clashes.has(doc.contactId) && !refused.includes(doc._id));
    for (const { _id } of taken) await this.keys.deleteOne({ _id });
    return clashes;
  }

  /** Lets go of keys the contact no longer has (after an edit) or of all of them (erasure). */
  async release(
    tenantId: string,
    memberId: string,
    contactId: string,
    keys?: readonly string[],
  ): Promise<void> {
    if (keys) {
      // By `_id`, each only while this contact holds it (no one else can take it meanwhile).
      const held = await this.holders(keys.map((key) => keyId(tenantId, memberId, key)));
      for (const doc of held.values())
        if (doc.contactId === contactId) await this.keys.deleteOne({ _id: doc._id });
      return;
    }
    // All of them (erasure, a failed add): the caller does not name them, so this one scans.
    await this.keys.deleteMany({ tenantId, memberId, contactId });
  }

  /** The documents of these keys, each read by `_id`. */
  private async holders(ids: readonly string[]): Promise<Map<string, ContactKeyDocument>> {
    const docs = await Promise.all(ids.map((_id) => this.keys.findOne({ _id })));
    return new Map(docs.flatMap((doc) => (doc ? [[doc._id, doc] as const] : [])));
  }

  private async reclaimIfAbandoned(holder: ContactKeyDocument): Promise<boolean> {
    const old = this.clock().getTime() - holder.reservedAt.getTime() > ABANDONED_MS;
    if (!old || (await this.exists(holder.tenantId, holder.memberId, holder.contactId)))
      return false;
    const { deletedCount } = await this.keys.deleteOne({
      _id: holder._id,
      contactId: holder.contactId,
    });
    return deletedCount === 1;
  }
}

function keyId(tenantId: string, memberId: string, key: string): string {
  return `${tenantId}|${memberId}|${key}`;
}
