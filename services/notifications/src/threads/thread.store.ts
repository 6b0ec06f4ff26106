import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';
import type { RelationshipRef } from '../domain/notification';

/** An outreach thread Rapport mailed: the token in its reply address leads back to it. */
export interface ThreadDocument extends RelationshipRef {
  /** The thread token. */
  _id: string;
  tenantId: string;
  messageIds: string[];
  createdAt: Date;
}

/** Which thread a relationship's mail goes out in, by `tenant|relationship`. */
interface RelationshipThreadDocument {
  _id: string;
  token: string;
}

const relationshipThreadId = (tenantId: string, relationshipId: string) =>
  `${tenantId}|${relationshipId}`;

export class ThreadStore {
  readonly collection: Collection<ThreadDocument>;
  private readonly byRelationship: Collection<RelationshipThreadDocument>;

  constructor(db: Db) {
    this.collection = db.collection<ThreadDocument>('threads');
    this.byRelationship = db.collection<RelationshipThreadDocument>('thread_relationships');
  }

  /** Remembers the thread and one more of its emails; safe to repeat. */
  async remember(
    tenantId: string,
    token: string,
    ref: RelationshipRef,
    messageId: string,
    at: Date,
  ): Promise<void> {
    await againOnDuplicateKey(() =>
      this.collection.updateOne(
        { _id: token },
        {
          $setOnInsert: { tenantId, ...ref, createdAt: at },
          $addToSet: { messageIds: messageId },
        },
        { upsert: true },
      ),
    );
    // So later mail of the relationship (a thank-you) can answer in the same conversation.
    await againOnDuplicateKey(() =>
      this.byRelationship.updateOne(
        { _id: relationshipThreadId(tenantId, ref.relationshipId) },
        { $set: { token } },
        { upsert: true },
      ),
    );
  }

  /** The thread the relationship's outreach went out in, when Rapport mailed one. */
  async ofRelationship(
    tenantId: string,
    relationshipId: string,
  ): Promise<ThreadDocument | undefined> {
    const link = await this.byRelationship.findOne({
      _id: relationshipThreadId(tenantId, relationshipId),
    });
    return link ? this.find(link.token) : undefined;
  }

  async find(token: string): Promise<ThreadDocument | undefined> {
    return (await this.collection.findOne({ _id: token })) ?? undefined;
  }
}
