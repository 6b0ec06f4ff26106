import type { Collection, Db } from 'mongodb';
import type { RelationshipRef } from '../domain/notification';

/** An outreach thread Rapport mailed: the token in its reply address leads back to it. */
export interface ThreadDocument extends RelationshipRef {
  /** The thread token. */
  _id: string;
  tenantId: string;
  messageIds: string[];
  createdAt: Date;
}

export class ThreadStore {
  readonly collection: Collection<ThreadDocument>;

  constructor(db: Db) {
    this.collection = db.collection<ThreadDocument>('threads');
  }

  /** Remembers the thread and one more of its emails; safe to repeat. */
  async remember(
    tenantId: string,
    token: string,
    ref: RelationshipRef,
    messageId: string,
    at: Date,
  ): Promise<void> {
    await this.collection.updateOne(
      { _id: token },
      {
        $setOnInsert: { tenantId, ...ref, createdAt: at },
        $addToSet: { messageIds: messageId },
      },
      { upsert: true },
    );
  }

  async find(token: string): Promise<ThreadDocument | undefined> {
    return (await this.collection.findOne({ _id: token })) ?? undefined;
  }
}
