import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import type { RecordedEvent } from '@rapport/eventstore';
import { ProjectionSet } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import type { GoalEvent } from '../domain/goal.events';
import {
  type GoalEventAt,
  MEMBER_GOALS,
  type MemberGoalsDocument,
  memberGoalsKey,
  memberGoalsProjection,
} from './member-goals.projection';

/**
 * The exploration context's own read models, named once as the module's `readModels`: the event
 * store applies them on every append (read-your-writes), the relay again before publishing, and
 * `rebuild` recreates them from the store.
 */
@Injectable()
export class ExplorationProjections extends ProjectionSet<GoalEventAt, GoalEvent> {
  constructor(@Inject(DB) db: Db) {
    super(db, {
      projections: [memberGoalsProjection],
      positionOf: ({ tenantId, streamId, version }) => ({ tenantId, streamId, version }),
      fromRecorded: (recorded: RecordedEvent<GoalEvent>) => ({
        tenantId: recorded.tenantId,
        streamId: recorded.streamId,
        version: recorded.version,
        event: { type: recorded.type, data: recorded.data } as GoalEvent,
      }),
    });
  }

  async memberGoals(tenantId: string, memberId: string): Promise<MemberGoalsDocument | null> {
    const collection = await this.active<MemberGoalsDocument>(MEMBER_GOALS);
    return collection.findOne({ _id: memberGoalsKey(tenantId, memberId) });
  }
}
