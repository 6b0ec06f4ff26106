import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ContactListRow } from '../projections/contact-list.row';
import { assertCanExport } from '../shared/contact-access';
import { ContactListReader } from '../shared/contact-list.reader';
import { contactListFilter } from '../list-contacts/contact-list.filter';
import { inListOrder } from '../list-contacts/contact-list.order';
import { contactsToCsv } from './contacts-to-csv';
import { contactsToVCard } from './contacts-to-vcard';
import { type ContactExport, ExportContactsQuery } from './export-contacts.query';
import type { ExportedContact } from './exported-contact';

function exported(doc: ContactListRow, names: ReadonlyMap<string, string>): ExportedContact {
  const referredByName = doc.referredBy ? names.get(doc.referredBy) : undefined;
  return {
    contactId: doc.contactId,
    givenName: doc.givenName ?? '',
    familyName: doc.familyName ?? '',
    ...(doc.email ? { email: doc.email } : {}),
    ...(doc.linkedinUrl ? { linkedinUrl: doc.linkedinUrl } : {}),
    ...(doc.phone ? { phone: doc.phone } : {}),
    ...(doc.organisation ? { organisation: doc.organisation } : {}),
    ...(doc.role ? { role: doc.role } : {}),
    ...(doc.industry ? { industry: doc.industry } : {}),
    ...(doc.howWeMet ? { howWeMet: doc.howWeMet } : {}),
    tags: doc.tags.filter((tag) => tag.kind === 'free').map((tag) => tag.value),
    ...(doc.warmth === 'warm' || doc.warmth === 'cold' ? { warmth: doc.warmth } : {}),
    ...(doc.source ? { source: doc.source } : {}),
    ...(referredByName ? { referredByName } : {}),
    archived: doc.status === 'archived',
  };
}

@QueryHandler(ExportContactsQuery)
export class ExportContactsHandler implements IQueryHandler<ExportContactsQuery> {
  constructor(@Inject(ContactListReader) private readonly reader: ContactListReader) {}

  async execute({ ctx, memberId, request }: ExportContactsQuery): Promise<ContactExport> {
    assertCanExport(ctx, memberId);
    const { format, ...filters } = request;
    const rows = await this.reader.rows(ctx.tenantId, memberId);
    const docs = inListOrder(rows.filter(contactListFilter(filters)));
    const names = new Map(
      docs.map((doc) => [doc.contactId, `${doc.givenName ?? ''} ${doc.familyName ?? ''}`.trim()]),
    );
    const contacts = docs.map((doc) => exported(doc, names));
    return format === 'csv'
      ? {
          contentType: 'text/csv; charset=utf-8',
          filename: 'contacts.csv',
          body: contactsToCsv(contacts),
        }
      : {
          contentType: 'text/vcard; charset=utf-8',
          filename: 'contacts.vcf',
          body: contactsToVCard(contacts),
        };
  }
}
