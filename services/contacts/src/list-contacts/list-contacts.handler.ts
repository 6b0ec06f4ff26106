import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { undeliverableNow } from '../domain/email-deliverability';
import type { ContactListRow } from '../projections/contact-list.row';
import { assertCanRead } from '../shared/contact-access';
import { ContactListReader } from '../shared/contact-list.reader';
import { contactListFilter } from './contact-list.filter';
import { inListOrder, pageAfter, positionOf } from './contact-list.order';
import {
  type ContactListItem,
  type ContactListPage,
  ListContactsQuery,
} from './list-contacts.query';
import { encodeCursor } from './list-contacts.request';

export function listItem(doc: ContactListRow): ContactListItem {
  const emailUndeliverable = undeliverableNow(doc.email, doc.emailUndeliverable);
  return {
    contactId: doc.contactId,
    status: doc.status,
    givenName: doc.givenName ?? null,
    familyName: doc.familyName ?? null,
    email: doc.email ?? null,
    ...(emailUndeliverable ? { emailUndeliverable } : {}),
    organisation: doc.organisation ?? null,
    role: doc.role ?? null,
    industry: doc.industry ?? null,
    warmth: doc.warmth ?? null,
    source: doc.source ?? null,
    tags: doc.tags,
    referredBy: doc.referredBy ?? null,
    noteCount: doc.noteCount,
    addedAt: doc.addedAt,
    updatedAt: doc.updatedAt,
  };
}

/** Ordered by family name, given name, then id, so pages never skip or repeat a contact. */
@QueryHandler(ListContactsQuery)
export class ListContactsHandler implements IQueryHandler<ListContactsQuery> {
  constructor(@Inject(ContactListReader) private readonly reader: ContactListReader) {}

  async execute({ ctx, memberId, request }: ListContactsQuery): Promise<ContactListPage> {
    assertCanRead(ctx, memberId);
    // The member's rows are read whole and filtered here: the total needs every match anyway,
    // and the rows are bounded per member (see LIST_BUCKETS for the sizing).
    const rows = await this.reader.rows(ctx.tenantId, memberId);
    const matching = inListOrder(rows.filter(contactListFilter(request)));
    const { items, more } = pageAfter(matching, request.limit, request.cursor);
    const last = items.at(-1);
    return {
      items: items.map(listItem),
      total: matching.length,
      nextCursor: more && last ? encodeCursor(positionOf(last)) : null,
    };
  }
}
