import { Inject, Injectable } from '@nestjs/common';
import type { Db, Document } from 'mongodb';
import type { OwnReadModels, ReadModelApplyOptions, RecordedEvent } from '@rapport/eventstore';
import { ProjectionSet } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import {
  brandingProjection,
  institutionProjection,
  type InstitutionsContextEvent,
  type InstitutionsInput,
  peopleDirectoryProjection,
  peopleListProjection,
  policyProjection,
} from './institution-read-models';
import {
  corsOriginsProjection,
  identityProviderProjection,
  ratePlanQuotasProjection,
} from './tenant-settings-read-models';

/**
 * The institutions context's own read models, all keyed by `_id` (the fast path): declared as the
 * gateway's `readModels`, so every append applies them (read-your-writes) and the relay applies
 * them again before publishing (a writer that dies in between is healed); rebuildable from the store.
 */
@Injectable()
export class InstitutionProjections implements OwnReadModels {
  readonly set: ProjectionSet<InstitutionsInput, InstitutionsContextEvent>;

  constructor(@Inject(DB) db: Db) {
    this.set = new ProjectionSet(db, {
      projections: [
        peopleDirectoryProjection,
        peopleListProjection,
        institutionProjection,
        policyProjection,
        brandingProjection,
        identityProviderProjection,
        corsOriginsProjection,
        ratePlanQuotasProjection,
      ],
      positionOf: ({ tenantId, streamId, version }) => ({ tenantId, streamId, version }),
      fromRecorded: (recorded: RecordedEvent<InstitutionsContextEvent>) => ({
        tenantId: recorded.tenantId,
        streamId: recorded.streamId,
        version: recorded.version,
        occurredAt: new Date(recorded.occurredAt).toISOString(),
        event: { type: recorded.type, data: recorded.data } as InstitutionsContextEvent,
      }),
    });
  }

  // The options pass through: they say when the store's own fresh appends may use the guards
  // this process remembers instead of reading them.
  applyRecorded(events: readonly RecordedEvent[], options?: ReadModelApplyOptions): Promise<void> {
    return this.set.applyRecorded(events, options);
  }

  /** One read-model document by `_id`. */
  async find<T extends Document & { _id: string }>(readModel: string, id: string) {
    const collection = await this.set.active<{ _id: string }>(readModel);
    return (await collection.findOne({ _id: id })) as T | null;
  }
}
