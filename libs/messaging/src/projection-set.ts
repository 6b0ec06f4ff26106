import type { Collection, Db, Document } from 'mongodb';
import type {
  DomainEvent,
  EventStore,
  OwnReadModels,
  ReadModelApplyOptions,
  RecordedEvent,
} from '@rapport/eventstore';
import {
  type ApplyOptions,
  type EventPosition,
  type Projection,
  ProjectionStore,
  type RebuildListener,
} from './projection';

export interface ProjectionSetOptions<Event, Stored extends DomainEvent> {
  readonly projections: readonly Projection<Event>[];
  /** Where an event sits in its stream: the key of the version guard. */
  readonly positionOf: (event: Event) => EventPosition;
  /** The projected event for a recorded one (rebuilds read the event store). */
  readonly fromRecorded: (recorded: RecordedEvent<Stored>) => Event;
}

/** Read models an operator can rebuild one at a time (the service skeleton's ops endpoint). */
export interface RebuildableReadModels extends OwnReadModels {
  readModelNames(): readonly string[];
  /** Rebuilds one read model from the event store; undefined when it has no such model. */
  rebuildReadModel(
    name: string,
    eventStore: EventStore,
    onBatch?: RebuildListener,
  ): Promise<number | undefined>;
}

export function isRebuildable(models: OwnReadModels): models is RebuildableReadModels {
  const candidate = models as Partial<RebuildableReadModels>;
  return (
    typeof candidate.readModelNames === 'function' &&
    typeof candidate.rebuildReadModel === 'function'
  );
}

/**
 * The read models of one context, kept together: the event store applies each append's events
 * right away (read-your-writes) and the relay applies them again before publishing (the path that
 * survives a writer's crash), one guarded bulk write per read model; applying again (a relay
 * round, a retried request, a rebuild racing a write) is harmless; `rebuild` recreates them from
 * the event store.
 */
export class ProjectionSet<
  Event,
  Stored extends DomainEvent = DomainEvent,
> implements RebuildableReadModels {
  readonly store: ProjectionStore;

  constructor(
    db: Db,
    private readonly options: ProjectionSetOptions<Event, Stored>,
  ) {
    this.store = new ProjectionStore(db);
  }

  /** Applies events in order to every read model. */
  async apply(events: readonly Event[], options: ApplyOptions = {}): Promise<void> {
    const items = this.positioned(events);
    for (const projection of this.options.projections)
      await this.store.applyAll(projection, items, undefined, options);
  }

  /**
   * Applies recorded events (the event store's inline apply and the relay's, see OwnReadModels).
   * The store behind them is this context's own, so its events are `Stored` ones. The writer's
   * own fresh appends (`justAppended`) take the guards this process remembers.
   */
  async applyRecorded(
    events: readonly RecordedEvent[],
    options: ReadModelApplyOptions = {},
  ): Promise<void> {
    if (events.length === 0) return;
    const { fromRecorded } = this.options;
    await this.apply(
      events.map((event) => fromRecorded(event as RecordedEvent<Stored>)),
      { rememberedGuards: options.justAppended === true },
    );
  }

  /** Bulk path for streams that were just created (imports): see applyToNewDocuments. */
  async applyToNewStreams(events: readonly Event[]): Promise<void> {
    const items = this.positioned(events);
    for (const projection of this.options.projections)
      await this.store.applyToNewDocuments(projection, items);
  }

  /** The collection a read model is served from now, typed with its document shape. */
  active<T extends Document>(name: string): Promise<Collection<T>> {
    return this.store.active<T>(name);
  }

  /** Rebuilds every read model from the event store; returns the changes applied per model. */
  async rebuild(eventStore: EventStore): Promise<Record<string, number>> {
    const applied: Record<string, number> = {};
    for (const projection of this.options.projections) {
      applied[projection.name] = await this.rebuildOne(projection, eventStore);
    }
    return applied;
  }

  readModelNames(): readonly string[] {
    return this.options.projections.map((projection) => projection.name);
  }

  async rebuildReadModel(
    name: string,
    eventStore: EventStore,
    onBatch?: RebuildListener,
  ): Promise<number | undefined> {
    const projection = this.options.projections.find((candidate) => candidate.name === name);
    return projection ? this.rebuildOne(projection, eventStore, onBatch) : undefined;
  }

  private async rebuildOne(
    projection: Projection<Event>,
    eventStore: EventStore,
    onBatch?: RebuildListener,
  ): Promise<number> {
    const { fromRecorded, positionOf } = this.options;
    const events = async function* () {
      for await (const recorded of eventStore.readAll<Stored>()) {
        const event = fromRecorded(recorded);
        yield { event, position: positionOf(event) };
      }
    };
    return (await this.store.rebuild(projection, events, events, undefined, onBatch)).applied;
  }

  private positioned(events: readonly Event[]) {
    return events.map((event) => ({ event, position: this.options.positionOf(event) }));
  }
}
