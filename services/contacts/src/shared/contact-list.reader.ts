import { Inject, Injectable } from '@nestjs/common';
import { ProjectionStore } from '@rapport/messaging';
import { type ContactListRow, LIST_BUCKETS } from '../projections/contact-list.projection';
import { readMemberRows, readRow } from '../projections/member-buckets';

/**
 * Read access to a member's contact list (whichever collection is active after a rebuild): their
 * bucket documents read by `_id`, so a screen never touches another member's rows.
 */
@Injectable()
export class ContactListReader {
  constructor(@Inject(ProjectionStore) private readonly projections: ProjectionStore) {}

  /** Every row of the member, erased ones included, in no particular order. */
  rows(tenantId: string, memberId: string): Promise<ContactListRow[]> {
    return readMemberRows<ContactListRow>(this.projections, LIST_BUCKETS, tenantId, memberId);
  }

  row(tenantId: string, memberId: string, contactId: string): Promise<ContactListRow | undefined> {
    return readRow<ContactListRow>(this.projections, LIST_BUCKETS, tenantId, memberId, contactId);
  }
}
