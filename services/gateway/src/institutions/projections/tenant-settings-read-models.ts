import type { Projection } from '@rapport/messaging';
import type { InstitutionsInput } from './institution-read-models';

export const IDENTITY_PROVIDERS = 'identity_providers';
export const CORS_ORIGINS = 'cors_origins';
export const RATE_PLAN_QUOTAS = 'rate_plan_quotas';

/** `identity_providers` by tenant: what sign-in needs, the client secret still sealed. */
export const identityProviderProjection: Projection<InstitutionsInput> = {
  name: IDENTITY_PROVIDERS,
  project({ tenantId, event }) {
    if (event.type !== 'IdentityProviderConfigured') return [];
    return [{ id: tenantId, update: { $set: { ...event.data } } }];
  },
};

/**
 * `cors_origins` by origin (what a browser sends, so the per-request check is one read): the
 * tenant it serves, unset once its institution lists it no more.
 */
export const corsOriginsProjection: Projection<InstitutionsInput> = {
  name: CORS_ORIGINS,
  project({ tenantId, event }) {
    if (event.type !== 'CorsOriginsReplaced') return [];
    return [
      ...event.data.origins.map((origin) => ({ id: origin, update: { $set: { tenantId } } })),
      ...event.data.removed.map((origin) => ({ id: origin, update: { $unset: { tenantId: '' } } })),
    ];
  },
};

/** `rate_plan_quotas` by plan name: the platform's catalogue the rate limiter reads. */
export const ratePlanQuotasProjection: Projection<InstitutionsInput> = {
  name: RATE_PLAN_QUOTAS,
  project({ event }) {
    if (event.type !== 'RatePlanDefined') return [];
    const { plan, personPerMinute, partnerPerMinute } = event.data;
    return [{ id: plan, update: { $set: { personPerMinute, partnerPerMinute } } }];
  },
};
