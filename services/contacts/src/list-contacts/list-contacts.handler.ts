import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { undeliverableNow } from '../domain/email-deliverability';
import type { ContactListDocument } from '../projections/contact-list.projection';
import { assertCanRead } from '../shared/contact-access';
import { ContactListReader } from '../shared/contact-list.reader';
import { contactListFilter } from './contact-list.filter';
import {
  type ContactListItem,
  type ContactListPage,
  ListContactsQuery,
} from './list-contacts.query';
import { encodeCursor } from './list-contacts.request';

export function listItem(doc: ContactListDocument): ContactListItem {
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
    const list = await this.reader.collection();
    const filter = contactListFilter(ctx.tenantId, memberId, request);
    const { cursor } = request;
    const page = cursor
      ? {
          ...filter,
          $or: [
            { sortKey: { $gt: cursor.s } },
            { sortKey: cursor.s, contactId: { $gt: cursor.c } },
          ],
        }
      : filter;
    const [docs, total] = await Promise.all([
      list
        .find(page)
        .sort({ sortKey: 1, contactId: 1 })
        .limit(request.limit + 1)
        .toArray(),
      list.countDocuments(filter),
    ]);
    const items = docs.slice(0, request.limit);
    const last = items.at(-1);
    const more = docs.length > request.limit && last;
    return {
      items: items.map(listItem),
      total,
      nextCursor: more ? encodeCursor({ s: last.sortKey, c: last.contactId }) : null,
    };
  }
}
