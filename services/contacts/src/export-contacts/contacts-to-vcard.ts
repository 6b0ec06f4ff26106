import type { ExportedContact } from './exported-contact';
import { foldVCardLine } from './fold-vcard-line';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** vCard 4.0 (RFC 6350), one card per contact, CRLF line endings, folded at 75 octets. */
export function contactsToVCard(contacts: readonly ExportedContact[]): string {
  return contacts.map(vCardOf).join('');
}

function vCardOf(contact: ExportedContact): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeText(formattedName(contact))}`,
    `N:${escapeText(contact.familyName)};${escapeText(contact.givenName)};;;`,
    optionalLine('EMAIL', contact.email && escapeText(contact.email)),
    optionalLine('TEL', contact.phone && escapeText(contact.phone)),
    optionalLine('ORG', contact.organisation && escapeText(contact.organisation)),
    optionalLine('TITLE', contact.role && escapeText(contact.role)),
    optionalLine('URL', contact.linkedinUrl && uriValue(contact.linkedinUrl)),
    optionalLine('CATEGORIES', contact.tags.map(escapeText).join(',')),
    optionalLine('NOTE', contact.howWeMet && escapeText(contact.howWeMet)),
    `UID:${uid(contact.contactId)}`,
    'END:VCARD',
  ];
  return lines
    .filter((line) => line !== undefined)
    .map(foldVCardLine)
    .join('');
}

function optionalLine(name: string, value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `${name}:${value}`;
}

/** FN is required; a contact known only by an email address is still shown by something. */
function formattedName(contact: ExportedContact): string {
  const name = `${contact.givenName} ${contact.familyName}`.trim();
  return name || contact.email || contact.organisation || '';
}

/** TEXT escaping (RFC 6350 §3.4): backslash first, so the escapes added after stay single. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** URI values are not TEXT-escaped, but a raw line break would start a new property. */
function uriValue(uri: string): string {
  return uri.replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function uid(contactId: string): string {
  return UUID.test(contactId)
    ? `urn:uuid:${contactId.toLowerCase()}`
    : `urn:rapport:contact:${encodeURIComponent(contactId)}`;
}
