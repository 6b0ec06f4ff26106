import { parseImportFile } from './parse-import-file';
import { refusalOf } from './refusal-of.spec-helper';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16leWithBom(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    bytes[2 + index * 2] = text.charCodeAt(index) & 0xff;
    bytes[3 + index * 2] = text.charCodeAt(index) >> 8;
  }
  return bytes;
}

describe('parseImportFile', () => {
  it('decodes a CSV file with a byte order mark and applies the mapping', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('Name,Mail\r\nZoë Ørsted,zoe@example.dk\r\n'),
    ]);
    expect(parseImportFile(bytes, 'csv', { fullName: 'Name', email: 'Mail' })).toEqual([
      {
        row: 2,
        contact: { givenName: 'Zoë', familyName: 'Ørsted', email: 'zoe@example.dk', tags: [] },
      },
    ]);
  });

  it('requires a column mapping for CSV', () => {
    const error = refusalOf(() => parseImportFile(utf8('Name\nAda\n'), 'csv'));
    expect(error.problem).toBe('no_header');
    expect(error.message).toBe('a column mapping is required for csv');
  });

  it('reads a LinkedIn export saved as UTF-16LE', () => {
    const text =
      'Notes:\r\n"Hi."\r\n\r\nFirst Name,Last Name,URL,Connected On\r\nJosé,Núñez,https://www.linkedin.com/in/jnunez,7 Jul 2022\r\n';
    expect(parseImportFile(utf16leWithBom(text), 'linkedin')).toEqual([
      {
        row: 5,
        contact: {
          givenName: 'José',
          familyName: 'Núñez',
          linkedinUrl: 'https://www.linkedin.com/in/jnunez',
          connectedOn: '2022-07-07',
          tags: [],
        },
      },
    ]);
  });

  it('reads a vCard folded in the middle of a multi-byte character', () => {
    const [before, after] = [
      utf8('BEGIN:VCARD\r\nVERSION:4.0\r\nN:Ren'),
      utf8('\r\nEND:VCARD\r\n'),
    ];
    // "é" is C3 A9; the writer folded between its two bytes.
    const bytes = new Uint8Array([
      ...before,
      0xc3,
      0x0d,
      0x0a,
      0x20,
      0xa9,
      ...utf8(';Ada;;;'),
      ...after,
    ]);
    expect(parseImportFile(bytes, 'vcard')).toEqual([
      { row: 1, contact: { givenName: 'Ada', familyName: 'René', tags: [] } },
    ]);
  });

  it('keeps the line numbers of the original file when a vCard is not UTF-8', () => {
    const bytes = new Uint8Array([
      ...utf8('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ren'),
      0xe9,
      ...utf8('\r\nEND:VCARD\r\n'),
    ]);
    const error = refusalOf(() => parseImportFile(bytes, 'vcard'));
    expect(error.problem).toBe('encoding');
    expect(error.rows).toEqual([3]);
  });

  it.each(['csv', 'linkedin', 'vcard'] as const)('refuses an empty %s file', (format) => {
    expect(refusalOf(() => parseImportFile(utf8('\r\n'), format, {})).problem).toBe('empty');
  });
});
