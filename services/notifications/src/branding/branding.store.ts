import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';
import { type Branding, DEFAULT_BRANDING } from '../templates/layout';

interface BrandingDocument extends Branding {
  _id: string;
  updatedAt: Date;
}

/** Each institution's name and colour in the mail Rapport sends for it. */
export class BrandingStore {
  private readonly collection: Collection<BrandingDocument>;

  constructor(db: Db) {
    this.collection = db.collection<BrandingDocument>('branding');
  }

  async get(tenantId: string): Promise<Branding> {
    const doc = await this.collection.findOne({ _id: tenantId });
    return doc
      ? { institutionName: doc.institutionName, accentColour: doc.accentColour }
      : { ...DEFAULT_BRANDING, institutionName: tenantId };
  }

  async set(tenantId: string, branding: Branding, at: Date): Promise<void> {
    await againOnDuplicateKey(() =>
      this.collection.replaceOne(
        { _id: tenantId },
        { ...branding, updatedAt: at },
        { upsert: true },
      ),
    );
  }
}
