import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { DB } from '@rapport/service-skeleton';
import type { EventStore, RecordedEvent } from '@rapport/eventstore';
import { type Projection, ProjectionStore } from '@rapport/messaging';
import type { ContactEvent } from '../domain/contact.events';
import type { ContactEventAt } from './contact-event-at';
import { contactListProjection } from './contact-list.projection';
import { referralGraphProjection } from './referral-graph.projection';

export const CONTACT_PROJECTIONS: readonly Projection<ContactEventAt>[] = [
  contactListProjection,
  referralGraphProjection,
];

export function eventAt(recorded: RecordedEvent<ContactEvent>): ContactEventAt {
  return {
    tenantId: recorded.tenantId,
    streamId: recorded.streamId,
    version: recorded.version,
    occurredAt: recorded.occurredAt,
    event: { type: recorded.type, data: recorded.data } as ContactEvent,
  };
}

/**
 * Keeps the contacts read models. The writer applies each append's events right away, so a member
 * sees their change on the next read; every change is guarded by stream version, so applying again
 * (a retried request, a rebuild racing a write) is harmless, and `rebuild` recreates a read model
 * from the event store when its shape changes or a crash left it behind.
 */
@Injectable()
export class ContactProjections {
  readonly store: ProjectionStore;

  constructor(@Inject(DB) db: Db) {
    this.store = new ProjectionStore(db);
  }

  async apply(events: readonly ContactEventAt[]): Promise<void> {
    for (const event of events) {
      for (const projection of CONTACT_PROJECTIONS) {
        await this.store.apply(projection, event, event);
      }
    }
  }

  /** Bulk path for streams that were just created (imports). */
  async applyToNewStreams(events: readonly ContactEventAt[]): Promise<void> {
    const items = events.map((event) => ({ event, position: event }));
    for (const projection of CONTACT_PROJECTIONS) {
      await this.store.applyToNewDocuments(projection, items);
    }
  }

  async rebuild(eventStore: EventStore): Promise<Record<string, number>> {
    const applied: Record<string, number> = {};
    for (const projection of CONTACT_PROJECTIONS) {
      const events = async function* () {
        for await (const recorded of eventStore.readAll<ContactEvent>()) {
          const event = eventAt(recorded);
          yield { event, position: event };
        }
      };
      applied[projection.name] = (await this.store.rebuild(projection, events)).applied;
    }
    return applied;
  }
}
