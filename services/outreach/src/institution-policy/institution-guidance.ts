import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { LatestVersionStore } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import { DEFAULT_GUIDANCE_POLICY, type GuidancePolicy } from '../compose-guidance';

/** Outreach's read model of `rapport.institutions.v1.PolicyChanged`: the guidance thresholds. */
export const INSTITUTION_POLICIES = 'institution_policies';

/**
 * Each institution's guidance thresholds, latest version per tenant (an older version arriving
 * late never replaces a newer one; see LatestVersionStore for why that holds on FerretDB).
 */
@Injectable()
export class InstitutionGuidance {
  private readonly store: LatestVersionStore<GuidancePolicy>;

  constructor(@Inject(DB) db: Db) {
    this.store = new LatestVersionStore(db, INSTITUTION_POLICIES);
  }

  offer(tenantId: string, version: number, thresholds: GuidancePolicy) {
    return this.store.offer(tenantId, version, thresholds);
  }

  /** The tenant's thresholds; the defaults until its institution has published a policy. */
  async current(tenantId: string): Promise<GuidancePolicy> {
    return (await this.store.latest(tenantId))?.value ?? DEFAULT_GUIDANCE_POLICY;
  }
}
