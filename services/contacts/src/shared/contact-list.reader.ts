import { Inject, Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { ProjectionStore } from '@rapport/messaging';
import { DB } from '@rapport/service-skeleton';
import { LIST_BUCKETS } from '../projections/contact-list.projection';
import {
  type ContactListRow,
  unpackRow,
  type StoredContactRow,
} from '../projections/contact-list.row';
import { ContactListSnapshots } from '../projections/contact-list-snapshot';
import { readMemberRows, readRow } from '../projections/member-buckets';

/**
 * Read access to a member's contact list (whichever collection is active after a rebuild): their
 * list snapshot while it is current, else their bucket documents, all read by `_id`, so a screen
 * never touches another member's rows.
 */
@Injectable()
export class ContactListReader {
  private readonly snapshots: ContactListSnapshots;

  constructor(
    @Inject(ProjectionStore) private readonly projections: ProjectionStore,
    @Inject(DB) db: Db,
  ) {
    this.snapshots = new ContactListSnapshots(db);
  }

  /** Every row of the member, erased ones included, in no particular order. */
  async rows(tenantId: string, memberId: string): Promise<ContactListRow[]> {
    const member = { tenantId, memberId };
    const snapshot = await this.snapshots.read(member);
    if (snapshot.rows) return snapshot.rows;
    const stored = await readMemberRows<StoredContactRow>(
      this.projections,
      LIST_BUCKETS,
      tenantId,
      memberId,
    );
    const rows = stored.map(unpackRow);
    await this.snapshots.write(member, snapshot.tag, rows);
    return rows;
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
