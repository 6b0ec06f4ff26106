import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Db } from 'mongodb';
import { EventStore, type OwnReadModels } from '@rapport/eventstore';
import { isRebuildable, type RebuildableReadModels } from '@rapport/messaging';
import { NotFoundProblem } from '@rapport/platform/http';
import { CLOCK, type Clock, DB, NEW_ID, type NewId } from '../service-tokens';
import { type RebuildRecord, RebuildRecords } from './rebuild-records';

/** The service's own read models, when it declared some (`serviceModule({ readModels })`). */
export const READ_MODELS = Symbol('READ_MODELS');

/** A running record that has not moved for this long belongs to a process that stopped. */
export const STALE_AFTER_MS = 60_000;

/**
 * Operator-started rebuilds of one read model at a time, in the background of the process that
 * was asked, with their progress saved after every batch so any instance can answer for it.
 * While a rebuild copies, readers keep the previous collection; it is swapped in at the end of
 * the copy, then the events recorded meanwhile are applied to it again (harmless twice).
 */
@Injectable()
export class ReadModelRebuilds {
  private readonly records: RebuildRecords;
  private readonly models: RebuildableReadModels | undefined;

  constructor(
    @Inject(DB) db: Db,
    private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
    @Optional() @Inject(READ_MODELS) models?: OwnReadModels,
  ) {
    this.records = new RebuildRecords(db);
    this.models = models && isRebuildable(models) ? models : undefined;
  }

  names(): readonly string[] {
    return this.models?.readModelNames() ?? [];
  }

  /** Starts a rebuild, or answers the one already running for that read model. */
  async start(readModel: string): Promise<{ record: RebuildRecord; started: boolean }> {
    const models = this.known(readModel);
    const now = this.clock();
    const record: RebuildRecord = {
      _id: this.newId(),
      readModel,
      state: 'running',
      phase: 'copy',
      eventsTotal: await this.records.eventCount(),
      eventsRead: 0,
      documentsWritten: 0,
      startedAt: now,
      updatedAt: now,
      finishedAt: null,
      error: null,
    };
    // The record is saved before the claim is taken, so whoever meets a claim finds its record:
    // a claim without one is left by a process that stopped, never a start still on its way.
    await this.records.save(record);
    const holder = await this.records.claim(readModel, record._id);
    if (holder !== undefined) {
      await this.records.discard(record._id);
      const running = await this.records.find(holder);
      const moving =
        running?.state === 'running' &&
        this.clock().getTime() - running.updatedAt.getTime() < STALE_AFTER_MS;
      if (running && moving) return { record: running, started: false };
      // Finished without releasing, or its process stopped: take the read model over.
      await this.records.release(readModel);
      return this.start(readModel);
    }
    // Not awaited: the caller polls the record; its outcome is saved there, never thrown.
    void this.run(models, record);
    return { record, started: true };
  }

  async progress(readModel: string, rebuildId: string): Promise<RebuildRecord> {
    this.known(readModel);
    const record = await this.records.find(rebuildId);
    if (!record || record.readModel !== readModel) {
      throw new NotFoundProblem(`no rebuild ${rebuildId} of ${readModel}`);
    }
    return record;
  }

  private known(readModel: string): RebuildableReadModels {
    if (!this.models || !this.names().includes(readModel)) {
      throw new NotFoundProblem(`this service has no read model ${readModel}`);
    }
    return this.models;
  }

  private async run(models: RebuildableReadModels, record: RebuildRecord): Promise<void> {
    let current = record;
    const save = async (change: Partial<RebuildRecord>) => {
      current = { ...current, ...change, updatedAt: this.clock() };
      await this.records.save(current);
    };
    try {
      await models.rebuildReadModel(record.readModel, this.eventStore, (progress) =>
        save(progress),
      );
      await save({ state: 'succeeded', finishedAt: this.clock() });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await save({ state: 'failed', finishedAt: this.clock(), error: message }).catch(
        () => undefined,
      );
    } finally {
      await this.records.release(record.readModel).catch(() => undefined);
    }
  }
}
