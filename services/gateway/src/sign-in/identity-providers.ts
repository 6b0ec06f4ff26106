import { Inject, Injectable } from '@nestjs/common';
import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';
import type { Role } from '@rapport/platform/http';
import { DB } from '@rapport/service-skeleton';
import type { GatewayConfig } from '../gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import { IDENTITY_PROVIDERS } from '../institutions/projections/tenant-settings-read-models';
import { SecretBox } from '../secrets/secret-box';

/** The roles a person may hold through sign-in; partners and the system never sign in. */
export type PersonRole = Exclude<Role, 'partner' | 'system'>;

/** How one institution's people sign in: its OpenID provider and how its claims name roles. */
export interface TenantIdentityProvider {
  /** The tenant id. */
  readonly _id: string;
  readonly issuer: string;
  readonly clientId: string;
  /** The relying party's secret at that provider, opened for this sign-in (sealed at rest). */
  readonly clientSecret: string;
  readonly scopes: readonly string[];
  /** The ID-token claim that carries the person's role(s) in the provider's words. */
  readonly roleClaim: string;
  /** Provider value → Rapport role; values not listed grant nothing. */
  readonly roleValues: Readonly<Record<string, PersonRole>>;
}

type StoredProvider = Omit<TenantIdentityProvider, 'clientSecret'> & {
  readonly sealedClientSecret?: string;
};

/** Where the embedded default (the local provider of the demo institution) is kept. */
const DEFAULT_PROVIDERS = 'default_identity_providers';

/**
 * Per-tenant identity providers, one document per tenant by `_id`: the one its admins configured
 * (`identity_providers`, the settings stream's read model), else the gateway's embedded default
 * for that tenant (the local provider of the demo institution), so an admin's configuration wins
 * over the default at every start. Client secrets are sealed at rest with the gateway's key.
 */
@Injectable()
export class IdentityProviders {
  private readonly configured: Collection<StoredProvider>;
  private readonly defaults: Collection<StoredProvider>;
  private readonly box: SecretBox;

  constructor(@Inject(DB) db: Db, @Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.configured = db.collection<StoredProvider>(IDENTITY_PROVIDERS);
    this.defaults = db.collection<StoredProvider>(DEFAULT_PROVIDERS);
    this.box = new SecretBox(config.secretsKey);
  }

  async find(tenantId: string): Promise<TenantIdentityProvider | null> {
    // A document without a sealed secret predates configuration by admins: not theirs.
    const configured = await this.configured.findOne({ _id: tenantId });
    const stored = configured?.sealedClientSecret
      ? configured
      : await this.defaults.findOne({ _id: tenantId });
    if (!stored?.sealedClientSecret) return null;
    const { _id, issuer, clientId, scopes, roleClaim, roleValues } = stored;
    const clientSecret = this.box.open(stored.sealedClientSecret);
    return { _id, issuer, clientId, clientSecret, scopes, roleClaim, roleValues };
  }

  /** Keeps a tenant's default provider (the embedded one), used while its admins set none. */
  async save(provider: TenantIdentityProvider): Promise<void> {
    const { _id, clientSecret, ...rest } = provider;
    const sealedClientSecret = this.box.seal(clientSecret);
    // Every gateway instance saves the default at start: two starting at once race the insert.
    await againOnDuplicateKey(() =>
      this.defaults.replaceOne({ _id }, { ...rest, sealedClientSecret }, { upsert: true }),
    );
  }

  seal(clientSecret: string): string {
    return this.box.seal(clientSecret);
  }

  open(sealedClientSecret: string): string {
    return this.box.open(sealedClientSecret);
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
