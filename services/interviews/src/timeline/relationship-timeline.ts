import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { type ConsumedEvent, type PositionedEvent, ProjectionStore } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import { InterviewContacts } from './interview-contacts';
import { calendarReplyEventOf } from './calendar-reply-line';
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

  constructor(
    @Inject(DB) db: Db,
    private readonly interviews: InterviewContacts,
  ) {
    this.store = new ProjectionStore(db);
  }

  /** Applies one integration event; returns how many documents changed (0 for a redelivery). */
  async apply(event: ConsumedEvent): Promise<number> {
    const timelineEvent = await this.lineOf(event);
    if (!timelineEvent) return 0;
    return this.store.apply(timelineProjection, timelineEvent, timelineEvent);
  }

  private async lineOf(event: ConsumedEvent): Promise<TimelineEventAt | undefined> {
    const { payload, envelope } = event;
    if (payload.$typeName !== 'rapport.notifications.v1.CalendarReplyReceived')
      return timelineEventOf(event);
    const contactId = await this.interviews.contactOf(
      envelope.tenantId,
      payload.memberId,
      payload.interviewId,
    );
    // Not one of ours (an invitation from before this service kept interviews): nothing to show.
    return contactId ? calendarReplyEventOf(event, contactId) : undefined;
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
    const lineOf = (event: ConsumedEvent) => this.lineOf(event);
    const positioned = async function* (): AsyncIterable<PositionedEvent<TimelineEventAt>> {
      for await (const event of events()) {
        const timelineEvent = await lineOf(event);
        if (timelineEvent) yield { event: timelineEvent, position: timelineEvent };
      }
    };
    return (await this.store.rebuild(timelineProjection, positioned)).applied;
  }
}
