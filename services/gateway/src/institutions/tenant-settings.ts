import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { type Handle, EventStore, handleCommand, loadStream } from '@rapport/eventstore';
import {
  ConflictProblem,
  PreconditionFailedProblem,
  PreconditionRequiredProblem,
} from '@rapport/platform/http';
import { CLOCK, type Clock, DB, NEW_ID, type NewId } from '@rapport/service-skeleton';
import {
  ratePlanDecider,
  type RatePlanCommand,
  type TenantSettingsCommand,
  tenantSettingsDecider,
} from './domain/tenant-settings.decider';
import {
  PLATFORM_SCOPE,
  type RatePlanState,
  ratePlanStreamId,
  TENANT_SETTINGS_STREAM_ID,
  type TenantSettingsEvent,
  type TenantSettingsState,
} from './domain/tenant-settings.events';
import type { ChangeOrigin } from './institutions-writer';
import { CORS_ORIGINS } from './projections/tenant-settings-read-models';

/** Which setting a change replaces: its own version is what If-Match names. */
export type SettingName = 'identityProvider' | 'cors' | 'ratePlan';

export const settingVersion = (state: TenantSettingsState, setting: SettingName): number =>
  state[setting]?.version ?? 0;

/**
 * An institution's settings (identity provider, CORS origins, rate plan) on its `tenant-settings`
 * stream, and the platform's catalogue of rate plans. Replacing a setting with the value it has is
 * no change and needs no If-Match (a repeated request answers as the first did); any other change
 * of a setting that exists needs If-Match with that setting's version (428 without, 412 stale).
 */
@Injectable()
export class TenantSettings {
  constructor(
    private readonly store: EventStore,
    @Inject(DB) private readonly db: Db,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
  ) {}

  async of(tenantId: string): Promise<TenantSettingsState> {
    const { state } = await loadStream(this.store, tenantSettingsDecider, this.ref(tenantId));
    return state;
  }

  async change(
    origin: ChangeOrigin,
    setting: SettingName,
    command: TenantSettingsCommand,
    expectedVersion: number | undefined,
  ): Promise<TenantSettingsState> {
    const handle: Handle<TenantSettingsEvent, TenantSettingsState> = async (state) => {
      const events = tenantSettingsDecider.decide(command, state);
      if (events.length === 0) return events;
      assertExpected(settingVersion(state, setting), expectedVersion);
      if (command.type === 'ReplaceCorsOrigins') {
        await this.assertOriginsFree(origin.tenantId, command.origins);
      }
      return events;
    };
    const { state } = await handleCommand(
      this.store,
      tenantSettingsDecider,
      this.ref(origin.tenantId),
      handle,
      this.context(origin),
      { nextEventId: this.newId },
    );
    return state;
  }

  async ratePlan(plan: string): Promise<{ state: RatePlanState; version: number }> {
    return loadStream(this.store, ratePlanDecider, this.planRef(plan));
  }

  async defineRatePlan(
    origin: ChangeOrigin,
    command: RatePlanCommand,
    expectedVersion: number | undefined,
  ): Promise<{ state: RatePlanState; version: number }> {
    const { state, version } = await handleCommand(
      this.store,
      ratePlanDecider,
      this.planRef(command.plan),
      (current: RatePlanState, currentVersion: number) => {
        const events = ratePlanDecider.decide(command, current);
        if (events.length > 0) assertExpected(currentVersion, expectedVersion);
        return events;
      },
      this.context(origin),
      { nextEventId: this.newId },
    );
    return { state, version };
  }

  /**
   * An origin serves one institution (the caller check binds pages to their tenant), so one listed
   * by another is refused. Checked on the read model before the append: two institutions listing
   * the same new origin in the same instant could both pass, which admins would see in the list.
   */
  private async assertOriginsFree(tenantId: string, origins: readonly string[]): Promise<void> {
    const collection = this.db.collection<{ _id: string; tenantId?: string }>(CORS_ORIGINS);
    const taken = await Promise.all(
      origins.map(async (origin) => {
        const found = await collection.findOne({ _id: origin });
        return found?.tenantId !== undefined && found.tenantId !== tenantId ? origin : undefined;
      }),
    );
    const clashes = taken.filter((origin): origin is string => origin !== undefined);
    if (clashes.length > 0) {
      throw new ConflictProblem(`${clashes.join(', ')} already serve another institution`, {
        origins: clashes,
      });
    }
  }

  private context(origin: ChangeOrigin) {
    return { actor: origin.actor, occurredAt: this.clock(), correlationId: origin.correlationId };
  }

  private ref(tenantId: string) {
    return { tenantId, streamId: TENANT_SETTINGS_STREAM_ID };
  }

  private planRef(plan: string) {
    return { tenantId: PLATFORM_SCOPE, streamId: ratePlanStreamId(plan) };
  }
}

/** A change of what exists needs the version last read (428 without it, 412 when stale). */
function assertExpected(current: number, expected: number | undefined): void {
  if (current > 0 && expected === undefined) {
    throw new PreconditionRequiredProblem(
      'send If-Match with the ETag from your last read, so a change made meanwhile is not overwritten',
    );
  }
  if (expected !== undefined && expected !== current) {
    throw new PreconditionFailedProblem(
      `it is at version ${current}, not ${expected}; read it again`,
    );
  }
}
