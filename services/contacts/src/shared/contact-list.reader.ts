import type { Collection } from 'mongodb';
import type { ProjectionStore } from '@rapport/messaging';
import { CONTACT_LIST, type ContactListDocument } from '../projections/contact-list.projection';

/** Read access to the contact list read model (whichever collection is active after a rebuild). */
export class ContactListReader {
  constructor(private readonly projections: ProjectionStore) {}

  async collection(): Promise<Collection<ContactListDocument>> {
    return (await this.projections.active(
      CONTACT_LIST,
    )) as unknown as Collection<ContactListDocument>;
  }
}
