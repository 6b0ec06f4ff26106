import type { Collection, Db } from 'mongodb';
import type { Role } from '@rapport/platform/http';

/** The roles a person may hold through sign-in; partners and the system never sign in. */
export type PersonRole = Exclude<Role, 'partner' | 'system'>;

/** How one institution's people sign in: its OpenID provider and how its claims name roles. */
export interface TenantIdentityProvider {
  /** The tenant id. */
  readonly _id: string;
  readonly issuer: string;
  readonly clientId: string;
  /**
   * The relying party's secret at that provider. It must be presented to the provider, so it is
   * stored as given (not hashed); production keeps this database encrypted at rest.
   */
  readonly clientSecret: string;
  readonly scopes: readonly string[];
  /** The ID-token claim that carries the person's role(s) in the provider's words. */
  readonly roleClaim: string;
  /** Provider value → Rapport role; values not listed grant nothing. */
  readonly roleValues: Readonly<Record<string, PersonRole>>;
}

/** Per-tenant identity provider configuration, one document per tenant by `_id`. */
export class IdentityProviders {
  private readonly providers: Collection<TenantIdentityProvider>;

  constructor(db: Db) {
    this.providers = db.collection<TenantIdentityProvider>('identity_providers');
  }

  find(tenantId: string): Promise<TenantIdentityProvider | null> {
    return this.providers.findOne({ _id: tenantId });
  }

  async save(provider: TenantIdentityProvider): Promise<void> {
    const { _id, ...rest } = provider;
    await this.providers.updateOne({ _id }, { $set: rest }, { upsert: true });
  }
}

/** The role a provider's claims grant under the tenant's mapping, if any. */
export function roleFromClaims(
  provider: Pick<TenantIdentityProvider, 'roleClaim' | 'roleValues'>,
  claims: Readonly<Record<string, unknown>>,
): PersonRole | undefined {
  const raw = claims[provider.roleClaim];
  const values = Array.isArray(raw) ? raw : [raw];
  // When a person holds several, the least powerful wins: a grant must be explicit to be broad.
  const order: readonly PersonRole[] = ['member', 'coach', 'admin', 'operator'];
  const granted = values
    .filter((value): value is string => typeof value === 'string')
    .map((value) => provider.roleValues[value])
    .filter((role): role is PersonRole => role !== undefined);
  return order.find((role) => granted.includes(role));
}
