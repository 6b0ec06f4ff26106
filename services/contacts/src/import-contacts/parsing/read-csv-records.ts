import { CsvError, parse } from 'csv-parse/sync';
import { ImportFileError } from './imported-row';

/** One CSV record and the physical line of the file where it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Reads CSV text into records, skipping blank lines. `firstLine` is the line number of the text's
 * first line in the original file, for callers that parse only the tail of a file.
 *
 * Line endings are normalised to LF first: csv-parse picks one record delimiter from the first
 * line, so a file mixing CRLF and LF (hand-edited exports do) would otherwise fail, and with a
 * single delimiter its line counter matches what an editor shows.
 */
export function readCsvRecords(text: string, firstLine = 1): CsvRecord[] {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let lastRecordEndLine = 0;
  try {
    parse(normalised, {
      record_delimiter: '\n',
      skip_empty_lines: true,
      // Spreadsheets drop trailing empty cells, so short rows are normal.
      relax_column_count: true,
      // White space around a quoted value ("Ada" , "Lovelace") is harmless: values get trimmed.
      trim: true,
      on_record: (cells: string[], context) => {
        lastRecordEndLine = context.lines;
        // context.lines is where the record ends; quoted line breaks inside it are all LF now.
        const breaksInside = cells.reduce((sum, cell) => sum + countLineBreaks(cell), 0);
        if (!cells.every((cell) => cell.trim() === '')) {
          records.push({ line: context.lines - breaksInside + firstLine - 1, cells });
        }
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) {
      throw error;
    }
    const line = firstLineAfter(normalised, lastRecordEndLine) + firstLine - 1;
    throw new ImportFileError('malformed', `Line ${line}: ${explain(error)}`, [line]);
  }
  return records;
}

function countLineBreaks(cell: string): number {
  return cell.split('\n').length - 1;
}

/** The first non-blank line after `line`: where the record that failed to parse starts. */
function firstLineAfter(text: string, line: number): number {
  const lines = text.split('\n');
  let index = line;
  while (index < lines.length - 1 && (lines[index] ?? '').trim() === '') {
    index += 1;
  }
  return index + 1;
}

function explain(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value is never closed (a closing " is missing).';
    case 'INVALID_OPENING_QUOTE':
      return 'a " appears in the middle of a value; quote the whole value and double the " in it.';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text follows the closing " of a quoted value; a " inside one must be doubled ("").';
    default:
      return 'this line cannot be read as CSV.';
  }
}
