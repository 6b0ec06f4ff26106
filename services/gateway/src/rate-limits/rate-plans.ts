import type { Collection, Db } from 'mongodb';
import type { RatePlanQuotas } from '../institutions/domain/tenant-settings.events';
import {
  INSTITUTIONS,
  type InstitutionDocument,
} from '../institutions/projections/institution-read-models';
import { RATE_PLAN_QUOTAS } from '../institutions/projections/tenant-settings-read-models';
import type { RatePolicy } from './rate-buckets';

type QuotasDocument = RatePlanQuotas & { readonly _id: string };

const CACHE_MS = 30_000;
const MINUTE = 60;

/**
 * An institution's quotas: its plan (the `institutions` read model, by `_id` = tenant), then that
 * plan's quotas per minute in the platform's catalogue (`rate_plan_quotas`, by `_id` = plan).
 * Read on the request path, so each is kept for half a minute; a plan or quota changed by an
 * operator applies within that. A plan the catalogue does not define gets the configured default.
 */
export class RatePlans {
  private readonly institutions: Collection<InstitutionDocument>;
  private readonly quotas: Collection<QuotasDocument>;
  private readonly plans = new Map<string, { at: number; plan: string | undefined }>();
  private readonly catalogue = new Map<string, { at: number; policies: Policies | undefined }>();

  constructor(db: Db) {
    this.institutions = db.collection<InstitutionDocument>(INSTITUTIONS);
    this.quotas = db.collection<QuotasDocument>(RATE_PLAN_QUOTAS);
  }

  async policyOf(tenantId: string, kind: 'person' | 'partner'): Promise<RatePolicy | undefined> {
    // Wall-clock time on purpose: this is a cache's age, not business time.
    const now = Date.now();
    let plan = fresh(this.plans.get(tenantId), now);
    if (!plan) {
      const institution = await this.institutions.findOne({ _id: tenantId });
      plan = { at: now, plan: institution?.plan };
      this.plans.set(tenantId, plan);
    }
    if (plan.plan === undefined) return undefined;
    let quotas = fresh(this.catalogue.get(plan.plan), now);
    if (!quotas) {
      const document = await this.quotas.findOne({ _id: plan.plan });
      quotas = { at: now, policies: document ? policiesOf(document) : undefined };
      this.catalogue.set(plan.plan, quotas);
    }
    return quotas.policies?.[kind];
  }

  /**
   * `policyOf`'s answer from what is kept, without waiting: the policy (undefined for the
   * configured default), or NOT_KEPT when `policyOf` would read.
   */
  keptPolicyOf(tenantId: string, kind: 'person' | 'partner'): RatePolicy | undefined | NotKept {
    const now = Date.now();
    const plan = fresh(this.plans.get(tenantId), now);
    if (!plan) return NOT_KEPT;
    if (plan.plan === undefined) return undefined;
    const quotas = fresh(this.catalogue.get(plan.plan), now);
    if (!quotas) return NOT_KEPT;
    return quotas.policies?.[kind];
  }
}

/** A kept entry younger than `CACHE_MS`; undefined when there is none or it is too old. */
function fresh<T extends { readonly at: number }>(kept: T | undefined, now: number): T | undefined {
  return kept && now - kept.at <= CACHE_MS ? kept : undefined;
}

/** What `keptPolicyOf` answers when it would have to read. */
export const NOT_KEPT = Symbol('not kept');
export type NotKept = typeof NOT_KEPT;

type Policies = Readonly<Record<'person' | 'partner', RatePolicy>>;

/** A plan's policies, made once per read of its quotas rather than per request. */
function policiesOf(quotas: RatePlanQuotas): Policies {
  return {
    person: { quota: quotas.personPerMinute, windowSeconds: MINUTE },
    partner: { quota: quotas.partnerPerMinute, windowSeconds: MINUTE },
  };
}
