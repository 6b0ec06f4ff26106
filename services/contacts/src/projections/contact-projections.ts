import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { DB } from '@rapport/service-skeleton';
import type { EventStore, RecordedEvent } from '@rapport/eventstore';
import { type Projection, ProjectionSet } from '@rapport/messaging';
import type { ContactEvent } from '../domain/contact.events';
import type { ContactEventAt } from './contact-event-at';
import { contactListProjection } from './contact-list.projection';
import { ContactListSnapshots, type MemberKey } from './contact-list-snapshot';
import { applyNewRows, type ProjectedNewRows, projectNewRows } from './new-rows-batch';
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

const memberOf = ({ tenantId, event }: ContactEventAt): MemberKey => ({
  tenantId,
  memberId: event.data.memberId,
});

/**
 * Keeps the contacts read models. The writer applies each append's events right away, so a member
 * sees their change on the next read; the set guards every change by stream version and rebuilds
 * from the event store (`apply`, `applyToNewStreams` for imports, `rebuild`, `active`). Once a
 * member's list rows changed, it marks their list snapshot stale (see contact-list-snapshot.ts).
 */
@Injectable()
export class ContactProjections extends ProjectionSet<ContactEventAt, ContactEvent> {
  private readonly snapshots: ContactListSnapshots;

  constructor(@Inject(DB) db: Db) {
    super(db, {
      projections: CONTACT_PROJECTIONS,
      positionOf: (event) => event,
      fromRecorded: eventAt,
    });
    this.snapshots = new ContactListSnapshots(db);
  }

  /**
   * Every apply marks the members' lists, even one that changed nothing: the relay applying again
   * after a writer that crashed between its bucket writes and its mark must still leave the mark.
   */
  override async apply(events: readonly ContactEventAt[]): Promise<void> {
    await super.apply(events);
    await this.snapshots.touch(events.map(memberOf));
  }

  /**
   * Imports: the read models keep a member's rows in shared bucket documents, so new rows are
   * gathered per bucket (one write each) rather than inserted as documents of their own. The read
   * models are written together: they are separate collections, and one's writes overlap the
   * other's CPU. `projected`: first events' changes worked out ahead (`projectNewStreams`).
   */
  override async applyToNewStreams(
    events: readonly ContactEventAt[],
    projected?: ProjectedNewRows,
  ): Promise<void> {
    await Promise.all(
      CONTACT_PROJECTIONS.map((projection) =>
        applyNewRows(this.store, projection, events, projected),
      ),
    );
    await this.snapshots.touch(events.map(memberOf));
  }

  /** The pure part of `applyToNewStreams` for these events, to run before it. */
  projectNewStreams(events: readonly ContactEventAt[]): ProjectedNewRows {
    return projectNewRows(CONTACT_PROJECTIONS, events);
  }

  override async rebuild(eventStore: EventStore): Promise<Record<string, number>> {
    const applied = await super.rebuild(eventStore);
    await this.snapshots.newGeneration();
    return applied;
  }
}
