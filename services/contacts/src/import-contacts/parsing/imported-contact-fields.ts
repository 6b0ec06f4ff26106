import type { ImportedContact } from './imported-row';

/** Field values as a parser found them, before trimming and dropping empties. */
export interface RawContactFields {
  givenName?: string | undefined;
  familyName?: string | undefined;
  email?: string | undefined;
  linkedinUrl?: string | undefined;
  phone?: string | undefined;
  organisation?: string | undefined;
  role?: string | undefined;
  industry?: string | undefined;
  howWeMet?: string | undefined;
  tags?: readonly string[] | undefined;
  connectedOn?: string | undefined;
}

const OPTIONAL_TEXT_FIELDS = [
  'email',
  'linkedinUrl',
  'phone',
  'organisation',
  'role',
  'industry',
  'howWeMet',
  'connectedOn',
] as const;

/** Free text where a line break means something; every other field holds one line. */
const MULTI_LINE_FIELDS: ReadonlySet<string> = new Set(['howWeMet']);

/**
 * Trims every value; optional fields that end up empty are left out rather than kept as ''.
 * Spreadsheet cells often wrap ("Rear Admiral,⏎Computing"): in one-line fields a run of white space,
 * line breaks included, becomes one space, so such a row imports instead of failing the one-line rule.
 */
export function importedContact(raw: RawContactFields): ImportedContact {
  const contact: ImportedContact = {
    givenName: oneLine(raw.givenName) ?? '',
    familyName: oneLine(raw.familyName) ?? '',
    tags: uniqueTags(raw.tags ?? []),
  };
  for (const field of OPTIONAL_TEXT_FIELDS) {
    const value = MULTI_LINE_FIELDS.has(field) ? presentText(raw[field]) : oneLine(raw[field]);
    if (value !== undefined) {
      contact[field] = value;
    }
  }
  return contact;
}

export function presentText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

function oneLine(value: string | undefined): string | undefined {
  return presentText(value?.replace(/\s+/g, ' '));
}

/** A tag cell such as "mentor; alumni, fintech" holds three tags. */
export function splitTagCell(cell: string | undefined): string[] {
  return cell === undefined ? [] : cell.split(/[;,]/);
}

/** "Ada King Lovelace" → given "Ada King", family "Lovelace"; a single word is a given name. */
export function splitFullName(fullName: string | undefined): {
  givenName: string;
  familyName: string;
} {
  const name = (fullName ?? '').trim().replace(/\s+/g, ' ');
  const lastSpace = name.lastIndexOf(' ');
  if (lastSpace === -1) {
    return { givenName: name, familyName: '' };
  }
  return { givenName: name.slice(0, lastSpace), familyName: name.slice(lastSpace + 1) };
}

function uniqueTags(tags: readonly string[]): string[] {
  const trimmed = tags.map((tag) => tag.replace(/\s+/g, ' ').trim()).filter((tag) => tag !== '');
  return [...new Set(trimmed)];
}
