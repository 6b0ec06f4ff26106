import { type ColumnMapping, parseMappedCsv } from '../import-contacts/parsing';
import { CONTACT_CSV_COLUMNS, contactsToCsv } from './contacts-to-csv';
import type { ExportedContact } from './exported-contact';

const ada: ExportedContact = {
  contactId: 'c-1',
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada@example.org',
  tags: ['mentor', 'maths'],
  warmth: 'warm',
  source: 'professor',
  archived: false,
};

const header = CONTACT_CSV_COLUMNS.map((column) => column.header);

describe('contactsToCsv', () => {
  it('writes a byte order mark, a header row and CRLF line endings', () => {
    expect(contactsToCsv([ada])).toBe(
      '\uFEFF' +
        'Contact ID,Given Name,Family Name,Email,LinkedIn URL,Phone,Organisation,Role,Industry,How We Met,Tags,Warmth,Source,Referred By,Archived\r\n' +
        'c-1,Ada,Lovelace,ada@example.org,,,,,,,mentor; maths,warm,professor,,no\r\n',
    );
  });

  it('writes only the header when there are no contacts', () => {
    expect(contactsToCsv([])).toBe(`\uFEFF${header.join(',')}\r\n`);
  });

  it('quotes values holding commas, quotes and line breaks', () => {
    const csv = contactsToCsv([
      {
        ...ada,
        organisation: 'Engines, Ltd',
        howWeMet: 'She said "hi"\nthen left',
        archived: true,
      },
    ]);
    expect(csv).toContain(',"Engines, Ltd",');
    expect(csv).toContain(',"She said ""hi""\nthen left",');
    expect(csv.endsWith(',yes\r\n')).toBe(true);
  });

  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a=b', 'a=b'],
  ])('guards %p against formula injection', (role, cell) => {
    const csv = contactsToCsv([{ ...ada, role }]);
    const dataRow = csv.split('\r\n')[1] ?? '';
    expect(dataRow).toBe(
      `c-1,Ada,Lovelace,ada@example.org,,,,${cell},,,mentor; maths,warm,professor,,no`,
    );
  });

  it('reads back to the same contacts through the CSV importer', () => {
    const contacts: ExportedContact[] = [
      {
        contactId: 'c-1',
        givenName: 'Zoë',
        familyName: "O'Brien-Ørsted",
        email: 'zoe+rapport@example.dk',
        linkedinUrl: 'https://www.linkedin.com/in/zoe-orsted',
        phone: '+45 12 34 56 78',
        organisation: 'Nordic Widgets, A/S',
        role: '=Head of "Things"',
        industry: 'Manufacturing',
        howWeMet: 'Career fair; booth 12\r\nShe offered to review my CV',
        tags: ['alumni', 'warm lead'],
        archived: false,
      },
      { contactId: 'c-2', givenName: 'Alan', familyName: 'Turing', tags: [], archived: true },
    ];
    const ownExportMapping: ColumnMapping = {
      givenName: 'Given Name',
      familyName: 'Family Name',
      email: 'Email',
      linkedinUrl: 'LinkedIn URL',
      phone: 'Phone',
      organisation: 'Organisation',
      role: 'Role',
      industry: 'Industry',
      howWeMet: 'How We Met',
      tags: 'Tags',
    };
    const rows = parseMappedCsv(contactsToCsv(contacts), ownExportMapping);
    expect(rows).toEqual([
      {
        row: 2,
        contact: {
          givenName: 'Zoë',
          familyName: "O'Brien-Ørsted",
          email: 'zoe+rapport@example.dk',
          linkedinUrl: 'https://www.linkedin.com/in/zoe-orsted',
          phone: '+45 12 34 56 78',
          organisation: 'Nordic Widgets, A/S',
          role: '=Head of "Things"',
          industry: 'Manufacturing',
          // Line endings come back as LF: the importer normalises them.
          howWeMet: 'Career fair; booth 12\nShe offered to review my CV',
          tags: ['alumni', 'warm lead'],
        },
      },
      { row: 4, contact: { givenName: 'Alan', familyName: 'Turing', tags: [] } },
    ]);
  });
});
