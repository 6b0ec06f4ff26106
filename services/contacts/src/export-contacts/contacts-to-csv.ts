import { stringify } from 'csv-stringify/sync';
import type { ExportedContact } from './exported-contact';

type CsvColumnKey = keyof ExportedContact;

/** Column order and headers of the CSV export; the headers are what a member sees in Excel. */
export const CONTACT_CSV_COLUMNS: readonly { key: CsvColumnKey; header: string }[] = [
  { key: 'contactId', header: 'Contact ID' },
  { key: 'givenName', header: 'Given Name' },
  { key: 'familyName', header: 'Family Name' },
  { key: 'email', header: 'Email' },
  { key: 'linkedinUrl', header: 'LinkedIn URL' },
  { key: 'phone', header: 'Phone' },
  { key: 'organisation', header: 'Organisation' },
  { key: 'role', header: 'Role' },
  { key: 'industry', header: 'Industry' },
  { key: 'howWeMet', header: 'How We Met' },
  { key: 'tags', header: 'Tags' },
  { key: 'warmth', header: 'Warmth' },
  { key: 'source', header: 'Source' },
  { key: 'referredByName', header: 'Referred By' },
  { key: 'archived', header: 'Archived' },
];

/**
 * CSV for spreadsheets: a UTF-8 byte order mark so Excel does not read the file as ANSI, CRLF line
 * endings, and a ' before any value a spreadsheet would run as a formula (CSV injection).
 */
export function contactsToCsv(contacts: readonly ExportedContact[]): string {
  return stringify(contacts.map(csvRecord), {
    bom: true,
    header: true,
    columns: CONTACT_CSV_COLUMNS.map(({ key, header }) => ({ key, header })),
    record_delimiter: 'windows',
    // Quote values holding a lone LF or CR too, not only the CRLF record delimiter.
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}

function csvRecord(contact: ExportedContact): Record<CsvColumnKey, string> {
  return {
    contactId: contact.contactId,
    givenName: contact.givenName,
    familyName: contact.familyName,
    email: contact.email ?? '',
    linkedinUrl: contact.linkedinUrl ?? '',
    phone: contact.phone ?? '',
    organisation: contact.organisation ?? '',
    role: contact.role ?? '',
    industry: contact.industry ?? '',
    howWeMet: contact.howWeMet ?? '',
    tags: contact.tags.join('; '),
    warmth: contact.warmth ?? '',
    source: contact.source ?? '',
    referredByName: contact.referredByName ?? '',
    archived: contact.archived ? 'yes' : 'no',
  };
}
