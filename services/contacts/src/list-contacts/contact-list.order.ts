import type { ContactListRow } from '../projections/contact-list.row';

/**
 * Compares strings by code point, the order MongoDB gives strings (UTF-8 bytes). JavaScript's `<`
 * compares UTF-16 units, which puts characters above U+FFFF before U+E000–U+FFFF; shifting the
 * units as below restores code point order.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return shifted(x) - shifted(y);
  }
  return a.length - b.length;
}

function shifted(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

/** Where a row sits in the list: family name, given name (the sort key), then contact id. */
export interface ListPosition {
  readonly s: string;
  readonly c: string;
}

export function compareRows(a: ListPosition, b: ListPosition): number {
  return compareCodePoints(a.s, b.s) || compareCodePoints(a.c, b.c);
}

export const positionOf = (row: ContactListRow): ListPosition => ({
  s: row.sortKey,
  c: row.contactId,
});

/** The rows in list order (a new array). */
export function inListOrder(rows: readonly ContactListRow[]): ContactListRow[] {
  return rows
    .map((row) => ({ row, at: positionOf(row) }))
    .sort((a, b) => compareRows(a.at, b.at))
    .map(({ row }) => row);
}

/** A page of rows already in list order: the first `limit` after `cursor`, and whether more follow. */
export function pageAfter(
  ordered: readonly ContactListRow[],
  limit: number,
  cursor: ListPosition | undefined,
): { items: ContactListRow[]; more: boolean } {
  const start = cursor ? ordered.findIndex((row) => compareRows(positionOf(row), cursor) > 0) : 0;
  if (start < 0) return { items: [], more: false };
  const items = ordered.slice(start, start + limit);
  return { items, more: start + limit < ordered.length };
}
