import { parseConnectedOnDate } from './connected-on-date';
import { importedContact, splitFullName, splitTagCell } from './imported-contact-fields';
import {
  IMPORT_LIMITS,
  ImportFileError,
  type ImportedContact,
  type ImportedRow,
} from './imported-row';
import { type CsvRecord, readCsvRecords } from './read-csv-records';

export type MappableField = keyof ImportedContact | 'fullName';

/** Our field → the header of the column that holds it (matched ignoring case and spaces). */
export type ColumnMapping = Partial<Record<MappableField, string>>;

const MAPPABLE_FIELDS: readonly MappableField[] = [
  'givenName',
  'familyName',
  'fullName',
  'email',
  'linkedinUrl',
  'phone',
  'organisation',
  'role',
  'industry',
  'howWeMet',
  'tags',
  'connectedOn',
];

type ColumnIndexes = Partial<Record<MappableField, number>>;

export function parseMappedCsv(text: string, mapping: ColumnMapping): ImportedRow[] {
  return mapCsvRecords(readCsvRecords(text), mapping);
}

/** The first record is the header; every later record becomes one contact. */
export function mapCsvRecords(
  records: readonly CsvRecord[],
  mapping: ColumnMapping,
): ImportedRow[] {
  const [header, ...rows] = records;
  if (header === undefined) {
    throw new ImportFileError('no_header', 'The file has no header row.');
  }
  const columns = columnIndexes(header, mapping);
  if (rows.length > IMPORT_LIMITS.maxRows) {
    throw new ImportFileError(
      'too_large',
      `The file has ${rows.length} rows; at most ${IMPORT_LIMITS.maxRows} can be imported at once.`,
    );
  }
  return rows.map(({ line, cells }) => ({ row: line, contact: contactFromCells(cells, columns) }));
}

function columnIndexes(header: CsvRecord, mapping: ColumnMapping): ColumnIndexes {
  const headerNames = header.cells.map(comparableHeader);
  const indexes: ColumnIndexes = {};
  const missing: string[] = [];
  for (const field of MAPPABLE_FIELDS) {
    const wanted = mapping[field];
    if (wanted === undefined || wanted.trim() === '') {
      continue;
    }
    const index = headerNames.indexOf(comparableHeader(wanted));
    if (index === -1) {
      missing.push(`"${wanted.trim()}"`);
    } else {
      indexes[field] = index;
    }
  }
  if (missing.length > 0) {
    const noun = missing.length === 1 ? 'column' : 'columns';
    throw new ImportFileError(
      'no_header',
      `The header row (line ${header.line}) has no ${noun} ${missing.join(', ')}.`,
      [header.line],
    );
  }
  return indexes;
}

function comparableHeader(name: string): string {
  return name.trim().toLowerCase();
}

function contactFromCells(cells: readonly string[], columns: ColumnIndexes): ImportedContact {
  const cell = (field: MappableField): string | undefined => {
    const index = columns[field];
    return index === undefined ? undefined : withoutFormulaGuard(cells[index] ?? '');
  };
  const fromFullName = splitFullName(cell('fullName'));
  return importedContact({
    givenName: columns.givenName === undefined ? fromFullName.givenName : cell('givenName'),
    familyName: columns.familyName === undefined ? fromFullName.familyName : cell('familyName'),
    email: cell('email'),
    linkedinUrl: cell('linkedinUrl'),
    phone: cell('phone'),
    organisation: cell('organisation'),
    role: cell('role'),
    industry: cell('industry'),
    howWeMet: cell('howWeMet'),
    tags: splitTagCell(cell('tags')),
    connectedOn: parseConnectedOnDate(cell('connectedOn')),
  });
}

/**
 * Our CSV export puts a ' before values that a spreadsheet would run as a formula (=, +, -, @,
 * tab, CR). Taking it off again lets a member re-import their own export unchanged, e.g. a phone
 * number "+44 …".
 */
function withoutFormulaGuard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
