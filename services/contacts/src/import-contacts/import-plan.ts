import type { FieldError } from '@rapport/platform/http';
import { pointerTo } from '@rapport/platform/http';
import {
  type ContactDetails,
  contactDetailsSchema,
  type Tag,
  tagSchema,
} from '../domain/contact-details';
import { dedupeKeys, normaliseLinkedInUrl } from '../domain/dedupe-keys';
import type { ImportedRow } from './parsing';

export type RowOutcome =
  | { row: number; outcome: 'new'; contact: PlannedContact }
  | {
      row: number;
      outcome: 'duplicate';
      duplicateOf: { contactId: string } | { row: number };
      name: string;
    }
  | { row: number; outcome: 'invalid'; errors: FieldError[] };

export interface PlannedContact {
  readonly details: ContactDetails;
  readonly tags: Tag[];
  readonly keys: string[];
}

export interface ImportSummary {
  readonly rows: number;
  readonly new: number;
  readonly duplicate: number;
  readonly invalid: number;
}

/**
 * The dry run, pure: validates each row with the rules of adding a contact by hand and matches it
 * against the member's existing contacts (`owners`: de-duplication key → contact id) and the rows
 * above it in the same file.
 */
export function planImport(
  rows: readonly ImportedRow[],
  owners: ReadonlyMap<string, string>,
): RowOutcome[] {
  const seen = new Map<string, number>();
  return rows.map(({ row, contact }) => {
    const connected = contact.connectedOn
      ? `Connected on LinkedIn on ${contact.connectedOn}`
      : undefined;
    const parsed = contactDetailsSchema.safeParse({
      givenName: contact.givenName,
      familyName: contact.familyName,
      email: contact.email,
      phone: contact.phone,
      linkedinUrl: contact.linkedinUrl
        ? (normaliseLinkedInUrl(contact.linkedinUrl) ?? contact.linkedinUrl)
        : undefined,
      organisation: contact.organisation,
      role: contact.role,
      industry: contact.industry,
      howWeMet: contact.howWeMet ?? connected,
    });
    const tags = contact.tags.map((value) => tagSchema.safeParse({ kind: 'free', value }));
    const errors: FieldError[] = [
      ...(parsed.success
        ? []
        : parsed.error.issues.map((issue) => ({
            pointer: pointerTo(issue.path),
            detail: issue.message,
          }))),
      ...tags.flatMap((tag, i) =>
        tag.success
          ? []
          : tag.error.issues.map((issue) => ({ pointer: `/tags/${i}`, detail: issue.message })),
      ),
    ];
    if (!parsed.success || errors.length > 0) return { row, outcome: 'invalid', errors };
    const details = withoutUndefined(parsed.data);
    const name = `${details.givenName} ${details.familyName}`;
    const keys = dedupeKeys(details);
    const existing = keys.map((key) => owners.get(key)).find(Boolean);
    if (existing) return { row, outcome: 'duplicate', duplicateOf: { contactId: existing }, name };
    const earlier = keys.map((key) => seen.get(key)).find((r) => r !== undefined);
    if (earlier !== undefined)
      return { row, outcome: 'duplicate', duplicateOf: { row: earlier }, name };
    for (const key of keys) seen.set(key, row);
    return {
      row,
      outcome: 'new',
      contact: { details, tags: tags.flatMap((tag) => (tag.success ? [tag.data] : [])), keys },
    };
  });
}

/**
 * Zod keeps an optional key it was handed as `undefined` (every column the file lacks). The plan is
 * stored in MongoDB, which writes such a key as null, and the commit would carry those nulls into
 * the ContactAdded events, where an absent field is simply missing.
 */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function summarise(outcomes: readonly RowOutcome[]): ImportSummary {
  const count = (kind: RowOutcome['outcome']) => outcomes.filter((o) => o.outcome === kind).length;
  return {
    rows: outcomes.length,
    new: count('new'),
    duplicate: count('duplicate'),
    invalid: count('invalid'),
  };
}
