import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import type {
  AppendedEvent,
  OwnReadModels,
  ReadModelApplyOptions,
  RecordedEvent,
} from '@rapport/eventstore';
import { ProjectionSet } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import type { InterviewEvent } from '../domain/interview.events';
import {
  MEMBER_INTERVIEWS,
  type MemberInterviewsInput,
  memberInterviewsKey,
  memberInterviewsProjection,
} from './member-interviews.projection';

export interface MemberInterviewRow {
  readonly interviewId: string;
  readonly contactId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly durationMinutes: number;
  readonly timeZone: string;
  readonly format: string;
  readonly location?: string | null;
  readonly status: 'scheduled' | 'cancelled' | 'completed';
  readonly reply?: string | null;
  readonly completedAt?: string;
  readonly thankYou?: string;
  readonly lastTouchAt?: string;
}

export interface MemberInterviewsDocument {
  readonly _id: string;
  readonly memberId: string;
  readonly interviews?: Record<string, MemberInterviewRow>;
  readonly toSchedule?: Record<string, { contactId: string; since: string }>;
}

/**
 * The interviews context's own read models, declared in InterviewsModule: the event store applies
 * them on every append (read-your-writes) and the relay again before publishing, so a writer that
 * dies in between is healed. The outreach consumer applies accepted requests; all rebuild from the
 * store.
 */
@Injectable()
export class InterviewProjections implements OwnReadModels {
  readonly set: ProjectionSet<MemberInterviewsInput, InterviewEvent>;

  constructor(@Inject(DB) db: Db) {
    this.set = new ProjectionSet<MemberInterviewsInput, InterviewEvent>(db, {
      projections: [memberInterviewsProjection],
      positionOf: ({ tenantId, streamId, version }) => ({ tenantId, streamId, version }),
      fromRecorded: (recorded: RecordedEvent<InterviewEvent>) => ({
        tenantId: recorded.tenantId,
        streamId: recorded.streamId,
        version: recorded.version,
        event: { type: recorded.type, data: recorded.data } as InterviewEvent,
      }),
    });
  }

  // The options pass through: they say when the store's own fresh appends may use the guards
  // this process remembers instead of reading them.
  applyRecorded(events: readonly RecordedEvent[], options?: ReadModelApplyOptions): Promise<void> {
    return this.set.applyRecorded(events, options);
  }

  apply(events: readonly (AppendedEvent<InterviewEvent> | MemberInterviewsInput)[]): Promise<void> {
    return this.set.apply(
      events.map(({ tenantId, streamId, version, event }) => ({
        tenantId,
        streamId,
        version,
        event,
      })),
    );
  }

  async memberInterviews(
    tenantId: string,
    memberId: string,
  ): Promise<MemberInterviewsDocument | null> {
    const collection = await this.set.active<MemberInterviewsDocument>(MEMBER_INTERVIEWS);
    return collection.findOne({ _id: memberInterviewsKey(tenantId, memberId) });
  }
}
