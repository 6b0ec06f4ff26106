import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Db } from 'mongodb';
import { EventStore, ensureIndexes } from '@rapport/eventstore';
import { CONTACT_DIRECTORY } from '../contact-directory/contact-directory.projection';
import { PIPELINE_CARDS } from '../projections/pipeline-card.projection';
import { DB } from '@rapport/service-skeleton';

/** Indexes before the first request: MongoDB needs them for the board, the funnel and 3B7. */
@Injectable()
export class OutreachStartup implements OnModuleInit {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(EventStore) private readonly eventStore: EventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.eventStore.ensureIndexes();
    await ensureIndexes(this.db.collection(PIPELINE_CARDS), [
      { key: { tenantId: 1, memberId: 1, contactId: 1 }, name: 'member_cards' },
    ]);
    await ensureIndexes(this.db.collection(CONTACT_DIRECTORY), [
      {
        key: { tenantId: 1, memberId: 1, organisationKey: 1, status: 1 },
        name: 'member_organisation',
      },
    ]);
  }
}
