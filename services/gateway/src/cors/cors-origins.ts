import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';

interface CorsOriginDocument {
  /** The origin exactly as browsers send it: `https://app.example.edu` (no path, no slash). */
  readonly _id: string;
  readonly tenantId: string;
}

/**
 * Which web origins may call the API from a browser, each bound to the one tenant that listed it
 * (one document per origin, by `_id`). A page on an institution's origin can act only for that
 * institution's people, so a stolen session cannot be driven from another tenant's page.
 */
export class CorsOrigins {
  private readonly origins: Collection<CorsOriginDocument>;

  constructor(db: Db) {
    this.origins = db.collection<CorsOriginDocument>('cors_origins');
  }

  async tenantOf(origin: string): Promise<string | undefined> {
    const document = await this.origins.findOne({ _id: origin });
    return document?.tenantId;
  }

  async allow(tenantId: string, origin: string): Promise<void> {
    await againOnDuplicateKey(() =>
      this.origins.updateOne({ _id: origin }, { $set: { tenantId } }, { upsert: true }),
    );
  }
}
