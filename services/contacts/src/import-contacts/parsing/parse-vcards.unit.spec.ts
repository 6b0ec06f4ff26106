import { IMPORT_LIMITS } from './imported-row';
import { parseVCards } from './parse-vcards';
import { refusalOf } from './refusal-of.spec-helper';

const crlf = (...lines: string[]) => lines.join('\r\n') + '\r\n';

describe('parseVCards', () => {
  it('reads a vCard 3.0 card with folded lines, escapes and a LinkedIn URL', () => {
    const text = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Lovelace;Ada;Augusta;Lady;',
      'FN:Lady Ada Augusta Lovelace',
      'EMAIL;TYPE=INTERNET,HOME:ada@home.example',
      'EMAIL;TYPE=INTERNET,WORK,PREF:ada@engines.example',
      'TEL;TYPE=CELL:+44 20 7946 0000',
      'ORG:Analytical Engines\\, Ltd;Research',
      'TITLE:Programmer',
      'item1.URL:https://example.org/ada',
      'item2.URL:https://www.linkedin.com/in/ada-lovelace',
      'CATEGORIES:mentor,maths\\, computing',
      'NOTE:Met at the Royal Society\\; she talked about\\nthe Engine and poe',
      ' try\\, briefly.',
      'END:VCARD',
    );
    expect(parseVCards(text)).toEqual([
      {
        row: 1,
        contact: {
          givenName: 'Ada',
          familyName: 'Lovelace',
          email: 'ada@engines.example',
          phone: '+44 20 7946 0000',
          organisation: 'Analytical Engines, Ltd',
          role: 'Programmer',
          linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
          tags: ['mentor', 'maths, computing'],
          howWeMet: 'Met at the Royal Society; she talked about\nthe Engine and poetry, briefly.',
        },
      },
    ]);
  });

  it('reads vCard 4.0 with PREF ranks, tel: URIs, tab folding and several cards', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Grace Hopper',
      'N:Hopper;Grace;;;',
      'EMAIL;PREF=2:second@example.org',
      'EMAIL;TYPE=work;PREF=1:first@example.org',
      'TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-0100',
      'ROLE:Rear Admiral',
      'X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/gr',
      '\tacehopper',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Alan Turing',
      'N:Turing;Alan;Mathison;;',
      'END:VCARD',
    ].join('\n');
    const rows = parseVCards(text);
    expect(rows).toEqual([
      {
        row: 1,
        contact: {
          givenName: 'Grace',
          familyName: 'Hopper',
          email: 'first@example.org',
          phone: '+1-555-0100',
          role: 'Rear Admiral',
          linkedinUrl: 'https://www.linkedin.com/in/gracehopper',
          tags: [],
        },
      },
      { row: 2, contact: { givenName: 'Alan', familyName: 'Turing', tags: [] } },
    ]);
  });

  it('falls back to FN, split at its last space, when N is empty or missing', () => {
    const text = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Mary Somerville',
      'N:;;;;',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Hypatia',
      'END:VCARD',
    );
    expect(parseVCards(text).map((row) => row.contact)).toEqual([
      { givenName: 'Mary', familyName: 'Somerville', tags: [] },
      { givenName: 'Hypatia', familyName: '', tags: [] },
    ]);
  });

  it('decodes quoted-printable values with soft line breaks (vCard 2.1 from a phone)', () => {
    const text = crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller',
      'TEL;CELL;PREF:+49 30 1234567',
      'TEL;HOME:+49 30 7654321',
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Kennengelernt im Caf=C3=A9 am Mark=',
      't, sehr freundlich=0D=0A=E2=80=94 zweite Zeile',
      'ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:B=E4ckerei Schulz',
      'END:VCARD',
    );
    expect(parseVCards(text)[0]?.contact).toEqual({
      givenName: 'Jürgen',
      familyName: 'Müller',
      phone: '+49 30 1234567',
      organisation: 'Bäckerei Schulz',
      howWeMet: 'Kennengelernt im Café am Markt, sehr freundlich\r\n— zweite Zeile',
      tags: [],
    });
  });

  it('ignores photos, unknown properties and blank lines', () => {
    const text = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Noether;Emmy;;;',
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
      ' /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDA',
      '',
      'X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE:ABPerson',
      'END:VCARD',
    );
    expect(parseVCards(text)[0]?.contact).toEqual({
      givenName: 'Emmy',
      familyName: 'Noether',
      tags: [],
    });
  });

  it.each([
    [
      'a card never closed',
      crlf('BEGIN:VCARD', 'FN:A B', 'END:VCARD', 'BEGIN:VCARD', 'FN:C D'),
      [2],
      /Card 2 \(from line 4\) has no END:VCARD/,
    ],
    [
      'a card opened before the previous one ends',
      crlf('BEGIN:VCARD', 'FN:A B', 'BEGIN:VCARD', 'FN:C D', 'END:VCARD'),
      [1],
      /Card 1 .*BEGIN:VCARD on line 3/,
    ],
    [
      'an END without a BEGIN',
      crlf('BEGIN:VCARD', 'FN:A B', 'END:VCARD', 'END:VCARD'),
      [2],
      /Line 4 ends card 2 \(END:VCARD\) but no BEGIN:VCARD/,
    ],
    [
      'text between cards',
      crlf('BEGIN:VCARD', 'FN:A B', 'END:VCARD', 'FN:C D', 'END:VCARD'),
      [],
      /Line 4 is outside any BEGIN:VCARD/,
    ],
  ])('refuses %s, saying where', (_case, text, rows, message) => {
    const error = refusalOf(() => parseVCards(text));
    expect(error.problem).toBe('malformed');
    expect(error.rows).toEqual(rows);
    expect(error.message).toMatch(message);
  });

  it('refuses more cards than the import limit', () => {
    const card = 'BEGIN:VCARD\r\nFN:A B\r\nEND:VCARD\r\n';
    const error = refusalOf(() => parseVCards(card.repeat(IMPORT_LIMITS.maxRows + 1)));
    expect(error.problem).toBe('too_large');
    expect(error.message).toContain('20001 cards');
  });

  it('refuses text with no card at all as empty', () => {
    expect(refusalOf(() => parseVCards('\r\n\r\n')).problem).toBe('empty');
  });
});
