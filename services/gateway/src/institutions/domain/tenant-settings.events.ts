import type { DomainEvent } from '@rapport/eventstore';
import type { PersonRole } from './person.events';

/** How an institution's people sign in: its OpenID provider, as its admins configured it. */
export interface IdentityProviderSettings {
  readonly issuer: string;
  readonly clientId: string;
  /** Sealed with the gateway's secrets key: the provider wants it back, so it is not hashed. */
  readonly sealedClientSecret: string;
  readonly scopes: readonly string[];
  readonly roleClaim: string;
  readonly roleValues: Readonly<Record<string, PersonRole>>;
}

/**
 * An institution's own configuration of the gateway, on one `tenant-settings` stream per tenant
 * (small, and its version serialises changes that in-place updates would lose). Gateway business
 * only: nothing here is published to other contexts.
 */
export type TenantSettingsEvent =
  | DomainEvent<'IdentityProviderConfigured', IdentityProviderSettings>
  | DomainEvent<'CorsOriginsReplaced', { origins: string[]; removed: string[] }>
  | DomainEvent<'RatePlanChosen', { plan: string }>;

/** Each setting carries its own version, its ETag: changing one does not stale the others. */
export interface TenantSettingsState {
  readonly identityProvider?: IdentityProviderSettings & { readonly version: number };
  readonly cors: { readonly origins: readonly string[]; readonly version: number };
  readonly ratePlan?: { readonly plan: string; readonly version: number };
}

export const TENANT_SETTINGS_STREAM_ID = 'tenant-settings';

/** A plan of the platform's catalogue: quotas per minute for each person and each partner app. */
export interface RatePlanQuotas {
  readonly personPerMinute: number;
  readonly partnerPerMinute: number;
}

export type RatePlanEvent = DomainEvent<'RatePlanDefined', RatePlanQuotas & { plan: string }>;

export type RatePlanState =
  | { readonly status: 'absent' }
  | ({ readonly status: 'defined'; readonly plan: string } & RatePlanQuotas);

/** The catalogue is the platform's, not an institution's: its streams live under this scope. */
export const PLATFORM_SCOPE = 'platform';
export const ratePlanStreamId = (plan: string) => `rate-plan:${plan}`;
