import { parse } from 'csv-parse/browser/esm/sync';

// csv-parse's browser build (with its own Buffer), the parser family the contacts service reads
// the whole file with. Kept apart from contact-import.ts: Jest's CommonJS runtime cannot load
// this ES module, so the browser spec covers it instead of a unit spec.
/** The header row of a CSV file, read with the same CSV parser family the service uses. */
export function csvHeaders(text: string): string[] {
  const rows: unknown = parse(text, { to_line: 1, bom: true, relax_column_count: true });
  if (!Array.isArray(rows)) return [];
  const [first] = rows as unknown[];
  return Array.isArray(first)
    ? first.filter((cell): cell is string => typeof cell === 'string' && cell.trim() !== '')
    : [];
}
