import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ContactListRow } from '../projections/contact-list.row';
import { assertCanRead } from '../shared/contact-access';
import { ContactListReader } from '../shared/contact-list.reader';
import { type ContactCounters, ContactCountersQuery } from './contact-counters.query';

/**
 * Counted from the member's contact list rows (their bucket documents, read by `_id`), rather than
 * kept as a separate counter document: a counter per member would need each event to carry the
 * values it replaces (to move a contact from warm to cold), or a read before every write.
 */
@QueryHandler(ContactCountersQuery)
export class ContactCountersHandler implements IQueryHandler<ContactCountersQuery> {
  constructor(@Inject(ContactListReader) private readonly reader: ContactListReader) {}

  async execute({ ctx, memberId }: ContactCountersQuery): Promise<ContactCounters> {
    assertCanRead(ctx, memberId);
    return countRows(await this.reader.rows(ctx.tenantId, memberId));
  }
}

export function countRows(rows: readonly ContactListRow[]): ContactCounters {
  const counters = {
    total: 0,
    active: 0,
    archived: 0,
    erased: 0,
    warm: 0,
    cold: 0,
    unclassified: 0,
    referred: 0,
  };
  const bySource: Record<string, number> = {};
  for (const row of rows) {
    if (row.status === 'erased') {
      counters.erased += 1;
      continue;
    }
    counters.total += 1;
    if (row.status === 'active') counters.active += 1;
    if (row.status === 'archived') counters.archived += 1;
    if (row.warmth === 'warm') counters.warm += 1;
    else if (row.warmth === 'cold') counters.cold += 1;
    else counters.unclassified += 1;
    if (row.source) bySource[row.source] = (bySource[row.source] ?? 0) + 1;
    if (typeof row.referredBy === 'string') counters.referred += 1;
  }
  return { ...counters, bySource };
}
