import { createHash } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';

/** Why Rapport no longer mails an address on a tenant's behalf. */
export type SuppressionReason = 'unsubscribed' | 'bounced';

interface SuppressionDocument {
  /** `<tenant>:<sha256 of the folded address>`: the address itself is not kept. */
  _id: string;
  tenantId: string;
  reason: SuppressionReason;
  at: Date;
  detail?: string;
}

export function addressKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** Contacts who opted out of outreach mail, and addresses that hard-bounced, per tenant. */
export class SuppressionStore {
  private readonly collection: Collection<SuppressionDocument>;

  constructor(db: Db) {
    this.collection = db.collection<SuppressionDocument>('suppressions');
  }

  async suppress(
    tenantId: string,
    addressHash: string,
    reason: SuppressionReason,
    at: Date,
    detail?: string,
  ): Promise<void> {
    try {
      await this.collection.insertOne({
        _id: `${tenantId}:${addressHash}`,
        tenantId,
        reason,
        at,
        ...(detail ? { detail } : {}),
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async reasonFor(tenantId: string, email: string): Promise<SuppressionReason | undefined> {
    const doc = await this.collection.findOne({ _id: `${tenantId}:${addressKey(email)}` });
    return doc?.reason;
  }
}
