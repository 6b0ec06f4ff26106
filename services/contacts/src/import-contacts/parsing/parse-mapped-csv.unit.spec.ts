import { IMPORT_LIMITS } from './imported-row';
import { type ColumnMapping, parseMappedCsv } from './parse-mapped-csv';
import { refusalOf } from './refusal-of.spec-helper';

const names: ColumnMapping = { givenName: 'First name', familyName: 'Surname' };

describe('parseMappedCsv', () => {
  it('maps columns by header, ignoring case and surrounding spaces, and trims values', () => {
    const text = ' FIRST NAME ,surname,e-mail,Company\n  Ada , Lovelace ,ada@example.org,\n';
    const mapping = { ...names, email: 'E-mail', organisation: 'Company' };
    expect(parseMappedCsv(text, mapping)).toEqual([
      {
        row: 2,
        contact: { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', tags: [] },
      },
    ]);
  });

  it('strips a byte order mark left at the start of the text', () => {
    const rows = parseMappedCsv('\uFEFFFirst name,Surname\nAda,Lovelace', names);
    expect(rows.map((row) => row.contact.givenName)).toEqual(['Ada']);
  });

  it('keeps commas inside quoted values and reads doubled quotes', () => {
    const text =
      'First name,Surname,Company,Notes\nGrace,Hopper,"Navy, US","Said ""hello"", then left"\n';
    const [first] = parseMappedCsv(text, { ...names, organisation: 'Company', howWeMet: 'Notes' });
    expect(first?.contact.organisation).toBe('Navy, US');
    expect(first?.contact.howWeMet).toBe('Said "hello", then left');
  });

  it('numbers rows by the line where each record starts, after multi-line values', () => {
    const text = [
      'First name,Surname,Notes',
      'Ada,Lovelace,"Met at the',
      'Analytical Society',
      'dinner"',
      'Grace,Hopper,short',
      '',
      'Alan,Turing,"two',
      'lines"',
      'Katherine,Johnson,',
    ].join('\n');
    const rows = parseMappedCsv(text, { ...names, howWeMet: 'Notes' });
    expect(rows.map((row) => [row.row, row.contact.givenName])).toEqual([
      [2, 'Ada'],
      [5, 'Grace'],
      [7, 'Alan'],
      [9, 'Katherine'],
    ]);
    expect(rows[0]?.contact.howWeMet).toBe('Met at the\nAnalytical Society\ndinner');
  });

  it('reads CRLF files, also with CRLF inside quoted values and mixed line endings', () => {
    const text =
      'First name,Surname,Notes\r\nAda,Lovelace,"a\r\nb"\r\nGrace,Hopper,c\nAlan,Turing,d\r\n';
    const rows = parseMappedCsv(text, { ...names, howWeMet: 'Notes' });
    expect(rows.map((row) => [row.row, row.contact.familyName, row.contact.howWeMet])).toEqual([
      [2, 'Lovelace', 'a\nb'],
      [4, 'Hopper', 'c'],
      [5, 'Turing', 'd'],
    ]);
  });

  it('skips blank lines and rows of empty cells', () => {
    const text = 'First name,Surname\n\n   \nAda,Lovelace\n,,\n\r\nGrace,Hopper';
    expect(parseMappedCsv(text, names).map((row) => row.row)).toEqual([4, 7]);
  });

  it('accepts short rows (trailing cells dropped by a spreadsheet)', () => {
    const [first] = parseMappedCsv('First name,Surname,E-mail\nAda', {
      ...names,
      email: 'E-mail',
    });
    expect(first?.contact).toEqual({ givenName: 'Ada', familyName: '', tags: [] });
  });

  it('splits a full name at its last space when given and family names are not mapped', () => {
    const text = 'Name,Email\nAda King Lovelace,ada@example.org\nCher,\n';
    const rows = parseMappedCsv(text, { fullName: 'Name', email: 'Email' });
    expect(rows.map((row) => [row.contact.givenName, row.contact.familyName])).toEqual([
      ['Ada King', 'Lovelace'],
      ['Cher', ''],
    ]);
  });

  it('splits tags on semicolons and commas', () => {
    const text = 'First name,Labels\nAda,"mentor; alumni,fintech ;;mentor"\n';
    expect(
      parseMappedCsv(text, { givenName: 'First name', tags: 'Labels' })[0]?.contact.tags,
    ).toEqual(['mentor', 'alumni', 'fintech']);
  });

  it('reads a mapped Connected On column as an ISO date', () => {
    const text = 'Name,Since\nAda Lovelace,14 Mar 2023\nGrace Hopper,someday\n';
    const rows = parseMappedCsv(text, { fullName: 'Name', connectedOn: 'Since' });
    expect(rows.map((row) => row.contact.connectedOn)).toEqual(['2023-03-14', undefined]);
  });

  it('takes off the formula guard our own export adds', () => {
    const text = "First name,Surname,Notes\nAda,Lovelace,'+44 20 7946 0000\nGrace,Hopper,'plain\n";
    const rows = parseMappedCsv(text, { ...names, howWeMet: 'Notes' });
    expect(rows.map((row) => row.contact.howWeMet)).toEqual(['+44 20 7946 0000', "'plain"]);
  });

  it('refuses a file whose header lacks mapped columns, naming them', () => {
    const mapping = { ...names, email: 'E-mail', organisation: 'Company', tags: 'Labels' };
    const error = refusalOf(() => parseMappedCsv('First name,Email\nAda,a@b.c\n', mapping));
    expect(error.problem).toBe('no_header');
    expect(error.message).toContain('no columns "Surname", "E-mail", "Company", "Labels".');
    expect(error.rows).toEqual([1]);
  });

  it('refuses a file with no header row at all', () => {
    expect(refusalOf(() => parseMappedCsv('\n\n', names)).problem).toBe('no_header');
  });

  it('refuses an unbalanced quote, naming the line where the value opens', () => {
    const text =
      'First name,Surname,Notes\nAda,Lovelace,ok\n\nGrace,Hopper,"never closed\nAlan,Turing,x\n';
    const error = refusalOf(() => parseMappedCsv(text, names));
    expect(error.problem).toBe('malformed');
    expect(error.rows).toEqual([4]);
    expect(error.message).toMatch(/^Line 4: .*never closed/);
  });

  it.each([
    [
      'text after a closing quote',
      'First name,Surname\nAda,Lovelace\nGrace,"Hop"per\n',
      /closing "/,
    ],
    [
      'a quote inside an unquoted value',
      'First name,Surname\nAda,Lovelace\nShaq,O"Neal\n',
      /middle/,
    ],
  ])('refuses %s', (_case, text, reason) => {
    const error = refusalOf(() => parseMappedCsv(text, names));
    expect(error.problem).toBe('malformed');
    expect(error.rows).toEqual([3]);
    expect(error.message).toMatch(reason);
  });

  it('allows white space around quoted values', () => {
    const [first] = parseMappedCsv('First name,Surname\n "Ada" , "Lovelace" \n', names);
    expect(first?.contact).toEqual({ givenName: 'Ada', familyName: 'Lovelace', tags: [] });
  });

  it('refuses more rows than the import limit', () => {
    const rows = Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, (_, index) => `P${index},X`);
    const error = refusalOf(() =>
      parseMappedCsv(['First name,Surname', ...rows].join('\n'), names),
    );
    expect(error.problem).toBe('too_large');
    expect(error.message).toContain('20001 rows');
  });

  it('accepts exactly the row limit', () => {
    const rows = Array.from({ length: IMPORT_LIMITS.maxRows }, (_, index) => `P${index},X`);
    const parsed = parseMappedCsv(['First name,Surname', ...rows].join('\n'), names);
    expect(parsed).toHaveLength(IMPORT_LIMITS.maxRows);
    expect(parsed.at(-1)?.row).toBe(IMPORT_LIMITS.maxRows + 1);
  });
});
