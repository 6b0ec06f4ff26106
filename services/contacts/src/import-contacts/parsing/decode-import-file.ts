import { IMPORT_LIMITS, ImportFileError } from './imported-row';

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Invalid lines named in an error message; the error's `rows` still lists all of them. */
const LINES_NAMED_IN_MESSAGE = 10;

/**
 * Turns the bytes of an uploaded file into text. UTF-8 (with or without a byte order mark) and
 * UTF-16 with a byte order mark are accepted; anything else is refused rather than guessed,
 * because a wrong guess silently garbles names.
 */
export function decodeImportFile(bytes: Uint8Array): string {
  if (bytes.length > IMPORT_LIMITS.maxBytes) {
    const megabytes = IMPORT_LIMITS.maxBytes / (1024 * 1024);
    throw new ImportFileError('too_large', `The file is larger than ${megabytes} MB.`);
  }
  const text = decodeText(bytes);
  if (text.trim() === '') {
    throw new ImportFileError('empty', 'The file is empty.');
  }
  return text;
}

function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) {
    return decodeUtf16(bytes.subarray(2), 'utf-16le');
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return decodeUtf16(bytes.subarray(2), 'utf-16be');
  }
  const withoutBom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(withoutBom);
  } catch {
    const lines = linesWithInvalidUtf8(bytes);
    throw new ImportFileError('encoding', invalidUtf8Message(lines), lines);
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ImportFileError(
      'encoding',
      `The file starts like ${encoding.toUpperCase()} text but contains invalid characters.`,
    );
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Line breaks are single-byte in UTF-8 and never occur inside a multi-byte sequence, so each line
 * can be checked on its own. Lone CRs count as line breaks, as they do for the CSV parser.
 */
function linesWithInvalidUtf8(bytes: Uint8Array): number[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const invalid: number[] = [];
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    const byte = bytes[index];
    const atEnd = index === bytes.length;
    const isBreak =
      byte === LINE_FEED || (byte === CARRIAGE_RETURN && bytes[index + 1] !== LINE_FEED);
    if (!atEnd && !isBreak) {
      continue;
    }
    try {
      decoder.decode(bytes.subarray(start, index));
    } catch {
      invalid.push(line);
    }
    line += 1;
    start = index + 1;
  }
  return invalid;
}

function invalidUtf8Message(lines: readonly number[]): string {
  const named = lines.slice(0, LINES_NAMED_IN_MESSAGE).join(', ');
  const more =
    lines.length > LINES_NAMED_IN_MESSAGE
      ? ` and ${lines.length - LINES_NAMED_IN_MESSAGE} more`
      : '';
  const where = lines.length === 1 ? `line ${named} contains` : `lines ${named}${more} contain`;
  return (
    `The file is not UTF-8 text: ${where} characters that cannot be read. ` +
    'Save it again as UTF-8 (in Excel: "CSV UTF-8").'
  );
}
