import { z } from 'zod';
import { problemOf } from '../app/problem';
import { v1Change, v1Get, v1Path } from '../app/v1-client';
import type { Session } from '../session/session';

// The contacts service's import (services/contacts, contact-responses.ts importResponse).
const importRow = z.discriminatedUnion('outcome', [
  z.object({ row: z.number(), outcome: z.literal('new'), name: z.string() }),
  z.object({
    row: z.number(),
    outcome: z.literal('duplicate'),
    name: z.string(),
    duplicateOf: z.union([z.object({ contactId: z.string() }), z.object({ row: z.number() })]),
  }),
  z.object({
    row: z.number(),
    outcome: z.literal('invalid'),
    errors: z.array(z.object({ pointer: z.string(), detail: z.string() })),
  }),
]);
const contactImport = z.object({
  importId: z.string(),
  status: z.enum(['previewed', 'committing', 'committed']),
  summary: z.object({
    rows: z.number(),
    new: z.number(),
    duplicate: z.number(),
    invalid: z.number(),
  }),
  rows: z.array(importRow),
  result: z.object({ added: z.number(), duplicateSinceDryRun: z.number() }).nullable(),
});
export type ContactImport = z.infer<typeof contactImport>;
export type ImportRow = z.infer<typeof importRow>;

export const IMPORT_FORMATS = ['csv', 'linkedin', 'vcard'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  csv: 'A spreadsheet (CSV) with your own columns',
  linkedin: 'LinkedIn’s Connections.csv export',
  vcard: 'Address book cards (vCard, .vcf)',
};

/** The contact fields a CSV column can fill (the service's mapping names), in screen order. */
export const MAPPABLE_FIELDS = [
  ['givenName', 'Given name'],
  ['familyName', 'Family name'],
  ['fullName', 'Full name (instead of the two above)'],
  ['email', 'Email'],
  ['organisation', 'Organisation'],
  ['role', 'Role'],
  ['phone', 'Phone'],
  ['linkedinUrl', 'LinkedIn address'],
  ['industry', 'Industry'],
  ['howWeMet', 'How you met'],
  ['tags', 'Tags'],
  ['connectedOn', 'Connected on'],
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number][0];
export type ColumnMapping = Partial<Record<MappableField, string>>;

/** The format a file's name suggests; the member can still choose another. */
export function formatOfFileName(name: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.vcf') || lower.endsWith('.vcard')) return 'vcard';
  if (lower.includes('connections')) return 'linkedin';
  return 'csv';
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
const ALIASES: Readonly<Record<MappableField, readonly string[]>> = {
  givenName: ['givenname', 'firstname', 'first', 'forename'],
  familyName: ['familyname', 'lastname', 'last', 'surname'],
  fullName: ['name', 'fullname'],
  email: ['email', 'emailaddress', 'mail'],
  organisation: ['organisation', 'organization', 'company', 'employer'],
  role: ['role', 'position', 'title', 'jobtitle'],
  phone: ['phone', 'mobile', 'telephone'],
  linkedinUrl: ['linkedin', 'linkedinurl', 'url', 'profile'],
  industry: ['industry', 'sector'],
  howWeMet: ['howwemet', 'met', 'notes'],
  tags: ['tags', 'labels'],
  connectedOn: ['connectedon', 'connected', 'date'],
};

/** A first guess at the mapping from the headers' names; every pick stays the member's to change. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field] of MAPPABLE_FIELDS) {
    const header = headers.find((h) => ALIASES[field].includes(squash(h)));
    if (header && !Object.values(mapping).includes(header)) mapping[field] = header;
  }
  // Both name halves found: a "Name" column is not also the full name.
  if (mapping.givenName && mapping.familyName) delete mapping.fullName;
  return mapping;
}

const CONTENT_TYPES: Readonly<Record<ImportFormat, string>> = {
  csv: 'text/csv',
  linkedin: 'text/csv',
  vcard: 'text/vcard',
};

/**
 * Step one, the dry run: the file itself is the body; the service answers with every row's
 * outcome and stores nothing else. The id is chosen here so a retried upload is the same import.
 */
export async function dryRunImport(
  session: Session,
  file: Blob,
  format: ImportFormat,
  mapping: ColumnMapping,
): Promise<ContactImport> {
  const query = new URLSearchParams({ format, importId: crypto.randomUUID() });
  if (format === 'csv') query.set('mapping', JSON.stringify(mapping));
  const reply = await fetch(`${v1Path`/members/${session.personId}/contact-imports`}?${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'content-type': CONTENT_TYPES[format],
      'x-csrf-token': session.csrfToken,
    },
    body: file,
  });
  if (!reply.ok) throw await problemOf(reply);
  return contactImport.parse(await reply.json());
}

/** Step two: adds the rows that were new; committing again answers with the same result. */
export function commitImport(session: Session, importId: string): Promise<ContactImport> {
  const path = v1Path`/members/${session.personId}/contact-imports/${importId}/commit`;
  return v1Change(session, 'POST', path, undefined, contactImport);
}

export function fetchImport(memberId: string, importId: string): Promise<ContactImport> {
  return v1Get(v1Path`/members/${memberId}/contact-imports/${importId}`, contactImport);
}
