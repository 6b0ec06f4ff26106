export { CONTACT_CSV_COLUMNS, contactsToCsv } from './contacts-to-csv';
export { contactsToVCard } from './contacts-to-vcard';
export type { ExportedContact } from './exported-contact';
