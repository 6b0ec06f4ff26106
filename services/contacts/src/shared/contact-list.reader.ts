import { Inject, Injectable } from '@nestjs/common';
import { ProjectionStore } from '@rapport/messaging';
import { LIST_BUCKETS } from '../projections/contact-list.projection';
import {
  type ContactListRow,
  unpackRow,
  type StoredContactRow,
} from '../projections/contact-list.row';
import { readMemberRows, readRow } from '../projections/member-buckets';

/**
 * Read access to a member's contact list (whichever collection is active after a rebuild): their
 * bucket documents read by `_id`, so a screen never touches another member's rows.
 */
@Injectable()
export class ContactListReader {
  constructor(@Inject(ProjectionStore) private readonly projections: ProjectionStore) {}

  /** Every row of the member, erased ones included, in no particular order. */
  async rows(tenantId: string, memberId: string): Promise<ContactListRow[]> {
    const stored = await readMemberRows<StoredContactRow>(
      this.projections,
      LIST_BUCKETS,
      tenantId,
      memberId,
    );
    return stored.map(unpackRow);
  }

  async row(
    tenantId: string,
    memberId: string,
    contactId: string,
  ): Promise<ContactListRow | undefined> {
    const stored = await readRow<StoredContactRow>(
      this.projections,
      LIST_BUCKETS,
      tenantId,
      memberId,
      contactId,
    );
    return stored && unpackRow(stored);
  }
}
