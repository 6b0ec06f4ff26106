import { decodeImportFile } from './decode-import-file';
import { ImportFileError, type ImportedRow } from './imported-row';
import { parseLinkedInConnections } from './parse-linkedin-connections';
import { type ColumnMapping, parseMappedCsv } from './parse-mapped-csv';
import { parseVCards } from './parse-vcards';
import { unfoldVCardOctets } from './unfold-vcard-octets';

export type ImportFormat = 'csv' | 'linkedin' | 'vcard';

/** Decodes an uploaded file and reads its contacts; throws ImportFileError when it is refused. */
export function parseImportFile(
  bytes: Uint8Array,
  format: ImportFormat,
  mapping?: ColumnMapping,
): ImportedRow[] {
  switch (format) {
    case 'csv': {
      const text = decodeImportFile(bytes);
      if (mapping === undefined) {
        throw new ImportFileError('no_header', 'a column mapping is required for csv');
      }
      return parseMappedCsv(text, mapping);
    }
    case 'linkedin':
      return parseLinkedInConnections(decodeImportFile(bytes));
    case 'vcard':
      return parseVCards(decodeVCardFile(bytes));
    default: {
      const unknown: never = format;
      throw new Error(`Unknown import format: ${String(unknown)}`);
    }
  }
}

function decodeVCardFile(bytes: Uint8Array): string {
  try {
    return decodeImportFile(bytes);
  } catch (error) {
    if (!(error instanceof ImportFileError) || error.problem !== 'encoding') {
      throw error;
    }
    try {
      return decodeImportFile(unfoldVCardOctets(bytes));
    } catch {
      // Unfolding did not help: the line numbers of the first attempt are the ones to show.
      throw error;
    }
  }
}
