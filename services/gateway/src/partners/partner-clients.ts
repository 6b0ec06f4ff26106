import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Collection, Db } from 'mongodb';
import { TenantPositions } from './tenant-positions';

/** What a partner app may be granted (issue 16); each call checks the one its route needs. */
export const PARTNER_SCOPES = [
  'contacts:read',
  'contacts:write',
  'relationships:read',
  'relationships:write',
  'events:subscribe',
] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

export interface PartnerClient {
  /** The client id. */
  readonly _id: string;
  readonly tenantId: string;
  readonly name: string;
  readonly scopes: readonly PartnerScope[];
  /** argon2id hashes: the current secret, and during a rotation's grace the previous one. */
  readonly secretHashes: readonly { hash: string; validUntil?: Date }[];
  /** Absent on apps registered before the list existed. */
  readonly createdAt?: Date;
  readonly rotatedAt?: Date;
  readonly revokedAt?: Date;
}

/** After a rotation the old secret keeps working this long, so a partner can redeploy. */
export const ROTATION_GRACE_MS = 60 * 60 * 1000;

const newSecret = () => randomBytes(32).toString('base64url');

/**
 * Partner apps of each institution, one document per client by `_id`. Secrets are shown once and
 * stored only as argon2id hashes (@node-rs/argon2), so the database cannot authenticate anyone.
 */
export class PartnerClients {
  private readonly clients: Collection<PartnerClient>;
  /** Each institution's apps in registration order, for its admins' list. */
  private readonly list: TenantPositions;

  constructor(db: Db) {
    this.clients = db.collection<PartnerClient>('partner_clients');
    this.list = new TenantPositions(db, 'partner_client_list');
  }

  find(clientId: string): Promise<PartnerClient | null> {
    return this.clients.findOne({ _id: clientId });
  }

  async register(
    tenantId: string,
    name: string,
    scopes: readonly PartnerScope[],
    now = new Date(),
  ): Promise<{ clientId: string; clientSecret: string }> {
    const clientId = `pc_${randomBytes(12).toString('base64url')}`;
    const clientSecret = newSecret();
    // Listed first: a crash in between leaves a position the list skips, never an app no admin
    // can see (and so cannot revoke).
    await this.list.claim(tenantId, clientId);
    await this.clients.insertOne({
      _id: clientId,
      tenantId,
      name,
      scopes: [...scopes],
      secretHashes: [{ hash: await hash(clientSecret) }],
      createdAt: now,
    });
    return { clientId, clientSecret };
  }

  /** A new secret; the previous one stays valid for the grace period. */
  async rotate(client: PartnerClient, now: Date): Promise<string> {
    const clientSecret = newSecret();
    const [current] = client.secretHashes;
    const previous = current
      ? [{ hash: current.hash, validUntil: new Date(now.getTime() + ROTATION_GRACE_MS) }]
      : [];
    await this.clients.updateOne(
      { _id: client._id },
      { $set: { secretHashes: [{ hash: await hash(clientSecret) }, ...previous], rotatedAt: now } },
    );
    return clientSecret;
  }

  async revoke(client: PartnerClient, now: Date): Promise<void> {
    await this.clients.updateOne({ _id: client._id }, { $set: { revokedAt: now } });
  }

  /** A page of an institution's apps (revoked ones included), newest first, before `before`. */
  async page(
    tenantId: string,
    before: number | undefined,
    size: number,
  ): Promise<{ clients: PartnerClient[]; next?: number }> {
    const { values, next } = await this.list.newestFirst(tenantId, before, size);
    const found = await Promise.all(values.map((clientId) => this.find(clientId)));
    const clients = found.filter(
      (client): client is PartnerClient => client !== null && client.tenantId === tenantId,
    );
    return next === undefined ? { clients } : { clients, next };
  }

  /** The client when the secret is one of its live ones and it is not revoked. */
  async authenticate(
    clientId: string,
    clientSecret: string,
    now: Date,
  ): Promise<PartnerClient | undefined> {
    const client = await this.find(clientId);
    if (!client || client.revokedAt) return undefined;
    for (const { hash: stored, validUntil } of client.secretHashes) {
      if (validUntil && validUntil <= now) continue;
      if (await verify(stored, clientSecret)) return client;
    }
    return undefined;
  }
}
