import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { type ConsumedEvent, type PositionedEvent, ProjectionStore } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import { type TimelineEventAt, timelineEventOf } from './timeline-entry';
import {
  RELATIONSHIP_TIMELINES,
  type TimelineDocument,
  timelineDocumentId,
  timelineProjection,
} from './timeline.projection';

/**
 * The relationship timelines, kept from the outreach and interviews topics. Each change is
 * guarded by its stream's version, so a redelivered event changes nothing.
 */
@Injectable()
export class RelationshipTimeline {
  private readonly store: ProjectionStore;

  constructor(@Inject(DB) db: Db) {
    this.store = new ProjectionStore(db);
  }

  /** Applies one integration event; returns how many documents changed (0 for a redelivery). */
  apply(event: ConsumedEvent): Promise<number> {
    const timelineEvent = timelineEventOf(event);
    if (!timelineEvent) return Promise.resolve(0);
    return this.store.apply(timelineProjection, timelineEvent, timelineEvent);
  }

  async read(tenantId: string, relationshipId: string): Promise<TimelineDocument | undefined> {
    const timelines = await this.store.active<TimelineDocument>(RELATIONSHIP_TIMELINES);
    return (
      (await timelines.findOne({ _id: timelineDocumentId(tenantId, relationshipId) })) ?? undefined
    );
  }

  /**
   * Builds every timeline again in a fresh collection from `events` (the topics read from the
   * start) and swaps it in; readers keep the old one until then.
   */
  async rebuild(events: () => AsyncIterable<ConsumedEvent>): Promise<number> {
    const positioned = async function* (): AsyncIterable<PositionedEvent<TimelineEventAt>> {
      for await (const event of events()) {
        const timelineEvent = timelineEventOf(event);
        if (timelineEvent) yield { event: timelineEvent, position: timelineEvent };
      }
    };
    return (await this.store.rebuild(timelineProjection, positioned)).applied;
  }
}
