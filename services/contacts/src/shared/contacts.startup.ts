import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Db } from 'mongodb';
import { EventStore, ensureIndexes } from '@rapport/eventstore';
import { CONTACT_LIST } from '../projections/contact-list.projection';
import { REFERRAL_GRAPH } from '../projections/referral-graph.projection';
import { ContactKeys } from './contact-keys';
import { DB } from '@rapport/service-skeleton';

/** Indexes before the first request: MongoDB needs them to serve the list and graph by member. */
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
    await ensureIndexes(this.db.collection(CONTACT_LIST), [
      { key: { tenantId: 1, memberId: 1, sortKey: 1, contactId: 1 }, name: 'member_order' },
    ]);
    await ensureIndexes(this.db.collection(REFERRAL_GRAPH), [
      { key: { tenantId: 1, memberId: 1, referredBy: 1 }, name: 'member_referrals' },
    ]);
    await ensureIndexes(this.db.collection('contact_imports'), [
      { key: { tenantId: 1, memberId: 1 }, name: 'member' },
    ]);
    await ensureIndexes(this.db.collection('contact_import_rows'), [
      { key: { importId: 1, index: 1 }, name: 'import_chunks' },
    ]);
  }
}
