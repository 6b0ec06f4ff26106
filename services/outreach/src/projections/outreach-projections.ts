import type { Collection, Db } from 'mongodb';
import type { EventStore } from '@rapport/eventstore';
import { type Projection, ProjectionStore } from '@rapport/messaging';
import type { OutreachEvent } from '../domain/outreach.events';
import { eventAt, type OutreachEventAt } from './outreach-event-at';
import {
  PIPELINE_CARDS,
  type PipelineCardDocument,
  pipelineCardProjection,
} from './pipeline-card.projection';

export const OUTREACH_PROJECTIONS: readonly Projection<OutreachEventAt>[] = [
  pipelineCardProjection,
];

/**
 * Keeps the outreach read models. The writer applies each append's events right away, so the board
 * shows a change on the next read; every change is guarded by stream version, so applying again
 * (a retried request, a rebuild racing a write) is harmless, and `rebuild` recreates a read model
 * from the event store when its shape changes or a crash left it behind.
 */
export class OutreachProjections {
  readonly store: ProjectionStore;

  constructor(db: Db) {
    this.store = new ProjectionStore(db);
  }

  async apply(events: readonly OutreachEventAt[]): Promise<void> {
    for (const event of events) {
      for (const projection of OUTREACH_PROJECTIONS) {
        await this.store.apply(projection, event, event);
      }
    }
  }

  /** The cards collection readers should use now (whichever is active after a rebuild). */
  async cards(): Promise<Collection<PipelineCardDocument>> {
    return (await this.store.active(PIPELINE_CARDS)) as unknown as Collection<PipelineCardDocument>;
  }

  async rebuild(eventStore: EventStore): Promise<Record<string, number>> {
    const applied: Record<string, number> = {};
    for (const projection of OUTREACH_PROJECTIONS) {
      const events = async function* () {
        for await (const recorded of eventStore.readAll<OutreachEvent>()) {
          const event = eventAt(recorded);
          yield { event, position: event };
        }
      };
      applied[projection.name] = (await this.store.rebuild(projection, events)).applied;
    }
    return applied;
  }
}
