import { parseLinkedInConnections } from './parse-linkedin-connections';
import { refusalOf } from './refusal-of.spec-helper';

// Shaped like LinkedIn's export: note lines (one a quoted, multi-sentence paragraph with commas),
// a blank line, then the header. Wording is ours.
const connectionsCsv = [
  'Notes:',
  '"Some email addresses may be missing. An address only appears when that connection lets their connections see it, which they choose in their privacy settings. See https://www.linkedin.com/help for details."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.org,Analytical Engines Ltd,Programmer,14 Mar 2023',
  'Grace,Hopper,https://www.linkedin.com/in/gracehopper,,"US Navy, Reserve",Rear Admiral,02 Jan 2021',
  '',
  'Alan,Turing,https://www.linkedin.com/in/alan-turing,,,,',
  'Katherine,Johnson,https://www.linkedin.com/in/kjohnson,,NASA,"Mathematician,',
  'Research Scientist",03/14/2019',
  'Dorothy,Vaughan,https://www.linkedin.com/in/dvaughan,,NASA,,not a date',
].join('\r\n');

describe('parseLinkedInConnections', () => {
  const rows = parseLinkedInConnections(connectionsCsv);

  it('skips the notes and numbers rows by their physical line in the file', () => {
    expect(rows.map((row) => [row.row, row.contact.givenName])).toEqual([
      [5, 'Ada'],
      [6, 'Grace'],
      [8, 'Alan'],
      [9, 'Katherine'],
      [11, 'Dorothy'],
    ]);
  });

  it('maps every LinkedIn column', () => {
    expect(rows[0]?.contact).toEqual({
      givenName: 'Ada',
      familyName: 'Lovelace',
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
      email: 'ada@example.org',
      organisation: 'Analytical Engines Ltd',
      role: 'Programmer',
      connectedOn: '2023-03-14',
      tags: [],
    });
    expect(rows[1]?.contact.organisation).toBe('US Navy, Reserve');
    expect(rows[1]?.contact.email).toBeUndefined();
    // A wrapped cell becomes one line: roles never hold line breaks.
    expect(rows[3]?.contact.role).toBe('Mathematician, Research Scientist');
  });

  it('reads both date styles and leaves an unreadable date out', () => {
    expect(rows.map((row) => row.contact.connectedOn)).toEqual([
      '2023-03-14',
      '2021-01-02',
      undefined,
      '2019-03-14',
      undefined,
    ]);
  });

  it('finds a quoted header and reads an export without the Email Address column', () => {
    const text =
      'Notes:\nsomething\n\n"First Name","Last Name","URL","Company"\nAda,Lovelace,https://www.linkedin.com/in/ada,Engines\n';
    expect(parseLinkedInConnections(text)).toEqual([
      {
        row: 5,
        contact: {
          givenName: 'Ada',
          familyName: 'Lovelace',
          linkedinUrl: 'https://www.linkedin.com/in/ada',
          organisation: 'Engines',
          tags: [],
        },
      },
    ]);
  });

  it('refuses a file without the Connections header', () => {
    const attempt = () =>
      parseLinkedInConnections('First Name,Last Name,Email\nAda,Lovelace,a@b.c\n');
    expect(refusalOf(attempt).problem).toBe('no_header');
    expect(refusalOf(attempt).message).toMatch(/"First Name", "Last Name" and "URL"/);
  });

  it('reports a broken record by its line in the whole file', () => {
    const broken =
      connectionsCsv + '\r\nEdsger,Dijkstra,https://www.linkedin.com/in/ed,,"TU Eindhoven,,';
    const error = refusalOf(() => parseLinkedInConnections(broken));
    expect(error.problem).toBe('malformed');
    expect(error.rows).toEqual([12]);
  });
});
