import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { DB } from '@rapport/service-skeleton';
import type { RecordedEvent } from '@rapport/eventstore';
import { type Projection, ProjectionSet } from '@rapport/messaging';
import type { ContactEvent } from '../domain/contact.events';
import type { ContactEventAt } from './contact-event-at';
import { contactListProjection } from './contact-list.projection';
import { applyNewRows } from './new-rows-batch';
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
 * sees their change on the next read; the set guards every change by stream version and rebuilds
 * from the event store (`apply`, `applyToNewStreams` for imports, `rebuild`, `active`).
 */
@Injectable()
export class ContactProjections extends ProjectionSet<ContactEventAt, ContactEvent> {
  constructor(@Inject(DB) db: Db) {
    super(db, {
      projections: CONTACT_PROJECTIONS,
      positionOf: (event) => event,
      fromRecorded: eventAt,
    });
  }

  /**
   * Imports: the read models keep a member's rows in shared bucket documents, so new rows are
   * gathered per bucket (one write each) rather than inserted as documents of their own.
   */
  override async applyToNewStreams(events: readonly ContactEventAt[]): Promise<void> {
    for (const projection of CONTACT_PROJECTIONS)
      await applyNewRows(this.store, projection, events);
  }
}
