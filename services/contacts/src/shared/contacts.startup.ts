import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Db } from 'mongodb';
import { EventStore, ensureIndexes } from '@rapport/eventstore';
import { ContactKeys } from './contact-keys';
import { DB } from '@rapport/service-skeleton';

/**
 * Indexes before the first request. The list and the referral graph need none beyond `_id`: they
 * are read one member's bucket documents at a time.
 */
@Injectable()
export class ContactsStartup implements OnModuleInit {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(EventStore) private readonly eventStore: EventStore,
    @Inject(ContactKeys) private readonly keys: ContactKeys,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.eventStore.ensureIndexes();
    await this.keys.ensureIndexes();
    await ensureIndexes(this.db.collection('contact_imports'), [
      { key: { tenantId: 1, memberId: 1 }, name: 'member' },
    ]);
    await ensureIndexes(this.db.collection('contact_import_rows'), [
      { key: { importId: 1, index: 1 }, name: 'import_chunks' },
    ]);
  }
}
