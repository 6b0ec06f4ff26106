import { Inject, Injectable } from '@nestjs/common';
import type { Collection, Db } from 'mongodb';
import { DB } from '@rapport/service-skeleton';
import type { EventStore } from '@rapport/eventstore';
import { type Projection, ProjectionSet } from '@rapport/messaging';
import type { OutreachEvent } from '../domain/outreach.events';
import { FUNNEL_COUNTERS, FunnelCounters } from '../institution-funnel/funnel-counters';
import { applyCountingFunnel } from '../institution-funnel/funnel-sync';
import { eventAt, type OutreachEventAt } from './outreach-event-at';
import {
  PIPELINE_CARDS,
  type PipelineBoardDocument,
  pipelineCardProjection,
} from './pipeline-card.projection';

export const OUTREACH_PROJECTIONS: readonly Projection<OutreachEventAt>[] = [
  pipelineCardProjection,
];

/**
 * Keeps the outreach read models. The writer applies each append's events right away, so the board
 * shows a change on the next read; the set guards every change by stream version and rebuilds from
 * the event store (`apply`, `rebuild`, `active`).
 */
@Injectable()
export class OutreachProjections extends ProjectionSet<OutreachEventAt, OutreachEvent> {
  /** The institution funnel's counters, moved by what each apply changed on the cards. */
  readonly funnel: FunnelCounters;

  constructor(@Inject(DB) db: Db) {
    super(db, {
      projections: OUTREACH_PROJECTIONS,
      positionOf: (event) => event,
      fromRecorded: eventAt,
    });
    this.funnel = new FunnelCounters(db);
  }

  override apply(events: readonly OutreachEventAt[]): Promise<void> {
    return applyCountingFunnel(
      () => this.cards(),
      this.funnel,
      events,
      (group) => super.apply(group),
    );
  }

  /** The counters are sums of the cards, so they are recomputed from the rebuilt boards. */
  override async rebuild(eventStore: EventStore): Promise<Record<string, number>> {
    const applied = await super.rebuild(eventStore);
    applied[FUNNEL_COUNTERS] = await this.funnel.rebuild(await this.cards());
    return applied;
  }

  /** The cards collection readers should use now (whichever is active after a rebuild). */
  cards(): Promise<Collection<PipelineBoardDocument>> {
    return this.active<PipelineBoardDocument>(PIPELINE_CARDS);
  }
}
