import type { DynamicModule, ModuleMetadata, Provider, Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';
import { EventStore, type OwnReadModels } from '@rapport/eventstore';
import { type HealthProbe, kafkaProbe, mongoProbe, OperationsModule } from '@rapport/platform/http';
import { PENDING_WRITES, type PendingWrites } from '@rapport/platform';
import { READ_MODELS, ReadModelRebuilds, ReadModelRebuildsController } from './read-model-rebuilds';
import {
  type Clock,
  CLOCK,
  DB,
  KAFKA,
  NEW_ID,
  type NewId,
  randomId,
  systemClock,
} from './service-tokens';

/** What the process (or a test) hands a service's module. */
export interface ServiceDeps {
  readonly db: Db;
  readonly kafka: Kafka;
  readonly clock?: Clock;
  readonly newId?: NewId;
}

export interface ServiceParts {
  readonly controllers?: readonly Type[];
  /** The context's classes; list them, the container builds them from their constructors. */
  readonly providers?: readonly Provider[];
  readonly imports?: ModuleMetadata['imports'];
  /** Checked by /health besides MongoDB and Kafka (Temporal, when the service uses it). */
  readonly probes?: readonly HealthProbe[];
  /**
   * The context's own read models (a ProjectionSet among the providers), declared once: every
   * append applies them, and the relay applies them again before publishing (see OwnReadModels).
   */
  readonly readModels?: Type<OwnReadModels>;
}

/**
 * The root module of an event-sourced service: the database, Kafka, `CLOCK`, `NEW_ID`, the event
 * store, the CQRS buses and /health + /metrics, then the context's own controllers and classes.
 * One module rather than a shared global one, so every provider sees every other without exports.
 */
export function serviceModule(module: Type, deps: ServiceDeps, parts: ServiceParts): DynamicModule {
  const probes = [mongoProbe(deps.db), kafkaProbe(deps.kafka), ...(parts.probes ?? [])];
  return {
    module,
    imports: [
      CqrsModule.forRoot(),
      OperationsModule.forRoot({ useFactory: () => probes }),
      ...(parts.imports ?? []),
    ],
    // A service with read models also answers operators' rebuilds of them (/ops/read-models).
    controllers: [
      ...(parts.controllers ?? []),
      ...(parts.readModels ? [ReadModelRebuildsController] : []),
    ],
    providers: [
      { provide: DB, useValue: deps.db },
      { provide: KAFKA, useValue: deps.kafka },
      { provide: CLOCK, useValue: deps.clock ?? systemClock },
      { provide: NEW_ID, useValue: deps.newId ?? randomId },
      {
        provide: EventStore,
        inject: [DB, CLOCK, ...(parts.readModels ? [parts.readModels] : [])],
        useFactory: (db: Db, clock: Clock, readModels?: OwnReadModels) =>
          new EventStore(db, 'events', clock, readModels),
      },
      {
        provide: PENDING_WRITES,
        inject: [EventStore],
        useFactory: (store: EventStore): PendingWrites => ({ flush: () => store.flushHeads() }),
      },
      ...(parts.readModels
        ? [{ provide: READ_MODELS, useExisting: parts.readModels }, ReadModelRebuilds]
        : []),
      ...(parts.providers ?? []),
    ],
  };
}
