import { decodeImportFile } from './decode-import-file';
import { IMPORT_LIMITS } from './imported-row';
import { refusalOf } from './refusal-of.spec-helper';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes[2 + index * 2] = unit & 0xff;
    bytes[3 + index * 2] = unit >> 8;
  }
  return bytes;
}

const refusal = (bytes: Uint8Array) => refusalOf(() => decodeImportFile(bytes));

describe('decodeImportFile', () => {
  it('reads plain UTF-8', () => {
    expect(decodeImportFile(utf8('Name\nZoë Ørsted\n'))).toBe('Name\nZoë Ørsted\n');
  });

  it('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('First Name\nAda')]);
    expect(decodeImportFile(bytes)).toBe('First Name\nAda');
  });

  it('decodes UTF-16LE with a byte order mark', () => {
    expect(decodeImportFile(utf16le('Name,Org\r\nJosé,Café Ltd\r\n'))).toBe(
      'Name,Org\r\nJosé,Café Ltd\r\n',
    );
  });

  it('decodes UTF-16BE with a byte order mark', () => {
    const bytes = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9, 0x00, 0x0a]);
    expect(decodeImportFile(bytes)).toBe('Aé\n');
  });

  it('names the line holding bytes that are not UTF-8 (Windows-1252 "é")', () => {
    const bytes = new Uint8Array([
      ...utf8('First Name,Last Name\r\nAda,Lovelace\r\n'),
      ...[0x4a, 0x6f, 0x73, 0xe9], // "José" in Windows-1252
      ...utf8(',Garcia\r\nGrace,Hopper\r\n'),
    ]);
    const error = refusal(bytes);
    expect(error.problem).toBe('encoding');
    expect(error.rows).toEqual([3]);
    expect(error.message).toContain('line 3 ');
  });

  it('lists every bad line, counting lone CR line breaks', () => {
    const bytes = new Uint8Array([
      ...utf8('a\rb\r'),
      0xff,
      ...utf8('\nok\n'),
      0xc3, // a truncated two-byte sequence at the very end
    ]);
    const error = refusal(bytes);
    expect(error.rows).toEqual([3, 5]);
    expect(error.message).toContain('lines 3, 5');
  });

  it('refuses a file over the size limit', () => {
    const error = refusal(new Uint8Array(IMPORT_LIMITS.maxBytes + 1).fill(0x61));
    expect(error.problem).toBe('too_large');
    expect(error.message).toContain('5 MB');
  });

  it('accepts a file of exactly the size limit', () => {
    expect(decodeImportFile(new Uint8Array(IMPORT_LIMITS.maxBytes).fill(0x61))).toHaveLength(
      IMPORT_LIMITS.maxBytes,
    );
  });

  it.each([
    ['no bytes', new Uint8Array()],
    ['white space only', utf8(' \r\n\t\n')],
    ['only a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('refuses an empty file (%s)', (_case, bytes) => {
    expect(refusal(bytes).problem).toBe('empty');
  });
});
