import { Inject, Injectable } from '@nestjs/common';
import type { Collection, Db } from 'mongodb';
import type { ConsumedEvent } from '@rapport/messaging';
import { againOnDuplicateKey } from '@rapport/platform';
import { CLOCK, type Clock, DB, NEW_ID, type NewId } from '../service-tokens';

export interface Greeting {
  readonly _id: string;
  readonly text?: string;
  readonly greetingId?: string;
  readonly at?: Date;
  readonly contactsAdded?: number;
}

/** One document per member, read and written by `_id` (tenant + member). */
@Injectable()
export class GreetingBoard {
  private readonly greetings: Collection<Greeting>;

  constructor(
    @Inject(DB) db: Db,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {
    this.greetings = db.collection<Greeting>('greetings');
  }

  async leave(tenantId: string, memberId: string, text: string): Promise<void> {
    const change = { text, greetingId: this.newId(), at: this.clock() };
    await againOnDuplicateKey(() =>
      this.greetings.updateOne(
        { _id: `${tenantId}:${memberId}` },
        { $set: change },
        { upsert: true },
      ),
    );
  }

  /** A contact added in the contacts context counts for its member (other events do not). */
  async countContactAdded({ envelope, payload }: ConsumedEvent): Promise<void> {
    if (payload.$typeName !== 'rapport.contacts.v1.ContactAdded') return;
    const _id = `${envelope.tenantId}:${payload.memberId}`;
    await againOnDuplicateKey(() =>
      this.greetings.updateOne({ _id }, { $inc: { contactsAdded: 1 } }, { upsert: true }),
    );
  }

  read(tenantId: string, memberId: string): Promise<Greeting | null> {
    return this.greetings.findOne({ _id: `${tenantId}:${memberId}` });
  }
}
