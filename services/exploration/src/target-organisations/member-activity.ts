import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { type ConsumedEvent, ProjectionStore } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import { activityFactOf } from './activity-facts';
import {
  MEMBER_ACTIVITY,
  type MemberActivityDocument,
  memberActivityKey,
  memberActivityProjection,
} from './member-activity.projection';

/**
 * Who the member knows where, and what happened with each of them, heard from the contacts,
 * outreach and interviews topics. Each change is guarded by its stream's version, so a redelivered
 * event changes nothing.
 */
@Injectable()
export class MemberActivity {
  private readonly store: ProjectionStore;

  constructor(@Inject(DB) db: Db) {
    this.store = new ProjectionStore(db);
  }

  /** Applies one integration event; returns how many documents changed (0 for a redelivery). */
  async apply(event: ConsumedEvent): Promise<number> {
    const fact = activityFactOf(event);
    if (!fact) return 0;
    return this.store.apply(memberActivityProjection, fact, fact);
  }

  async read(tenantId: string, memberId: string): Promise<MemberActivityDocument | null> {
    const documents = await this.store.active<MemberActivityDocument>(MEMBER_ACTIVITY);
    return documents.findOne({ _id: memberActivityKey(tenantId, memberId) });
  }
}
