import { parse } from 'csv-parse/sync';
import { ImportFileError, type ImportedRow } from './imported-row';
import { type ColumnMapping, mapCsvRecords } from './parse-mapped-csv';
import { readCsvRecords } from './read-csv-records';

const REQUIRED_HEADERS = ['first name', 'last name', 'url'] as const;

const CONNECTIONS_MAPPING: ColumnMapping = {
  givenName: 'First Name',
  familyName: 'Last Name',
  linkedinUrl: 'URL',
  email: 'Email Address',
  organisation: 'Company',
  role: 'Position',
  connectedOn: 'Connected On',
};

/**
 * Reads LinkedIn's "Connections.csv". The export opens with a few lines of notes (one of them a
 * quoted paragraph) before the real header, so the header is searched for line by line instead of
 * trusting the first record.
 */
export function parseLinkedInConnections(text: string): ImportedRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headerIndex = lines.findIndex(isConnectionsHeader);
  const headerLine = lines[headerIndex];
  if (headerLine === undefined) {
    throw new ImportFileError(
      'no_header',
      "This does not look like LinkedIn's Connections.csv: " +
        'no line has the columns "First Name", "Last Name" and "URL".',
    );
  }
  const records = readCsvRecords(lines.slice(headerIndex).join('\n'), headerIndex + 1);
  return mapCsvRecords(records, mappingForHeader(headerCells(headerLine) ?? []));
}

function isConnectionsHeader(line: string): boolean {
  if (!line.toLowerCase().includes('first name')) {
    return false;
  }
  const cells = headerCells(line);
  return cells !== undefined && REQUIRED_HEADERS.every((name) => cells.includes(name));
}

/** A note line is free text and may not even be valid CSV; such a line is simply not the header. */
function headerCells(line: string): string[] | undefined {
  try {
    const [cells] = parse(line, { relax_quotes: true, relax_column_count: true });
    return cells?.map((cell) => cell.trim().toLowerCase());
  } catch {
    return undefined;
  }
}

/** Older exports lack the Email Address column; map only the columns that are there. */
function mappingForHeader(cells: readonly string[]): ColumnMapping {
  return Object.fromEntries(
    Object.entries(CONNECTIONS_MAPPING).filter(([, header]) =>
      cells.includes(header.toLowerCase()),
    ),
  );
}
