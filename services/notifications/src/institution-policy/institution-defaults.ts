import type { Db } from 'mongodb';
import { DEFAULT_INSTITUTION_POLICY } from '@rapport/contracts';
import { LatestVersionStore } from '@rapport/messaging';
import type { Preferences } from '../preferences/preferences';

/** Notifications' read model of `rapport.institutions.v1.PolicyChanged`. */
export const INSTITUTION_POLICIES = 'institution_policies';

/** What an institution decides for members who have not chosen for themselves. */
export type InstitutionDefaults = Pick<Preferences, 'timeZone' | 'quietHours'>;

/** An institution's quiet window; the proto's "start equal to end" means none. */
export function quietWindow(start: string, end: string): Preferences['quietHours'] {
  return start === end ? null : { start, end };
}

export const PLATFORM_DEFAULTS: InstitutionDefaults = {
  timeZone: DEFAULT_INSTITUTION_POLICY.timeZone,
  quietHours: quietWindow(
    DEFAULT_INSTITUTION_POLICY.quietHours.start,
    DEFAULT_INSTITUTION_POLICY.quietHours.end,
  ),
};

/**
 * Each institution's time zone and quiet hours, latest version per tenant (a late, older policy
 * never replaces a newer one; LatestVersionStore says why that holds on FerretDB). Read by `_id`
 * only: one head and one version document per tenant.
 */
export class InstitutionDefaultsStore {
  private readonly store: LatestVersionStore<InstitutionDefaults>;

  constructor(db: Db) {
    this.store = new LatestVersionStore(db, INSTITUTION_POLICIES);
  }

  offer(tenantId: string, version: number, defaults: InstitutionDefaults) {
    return this.store.offer(tenantId, version, defaults);
  }

  /** The tenant's values; the platform's until its institution has published a policy. */
  async current(tenantId: string): Promise<InstitutionDefaults> {
    return (await this.store.latest(tenantId))?.value ?? PLATFORM_DEFAULTS;
  }
}
