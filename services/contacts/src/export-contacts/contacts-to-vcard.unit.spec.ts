import { parseVCards } from '../import-contacts/parsing';
import { contactsToVCard } from './contacts-to-vcard';
import type { ExportedContact } from './exported-contact';

const grace: ExportedContact = {
  contactId: '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
  givenName: 'Grace',
  familyName: 'Hopper',
  email: 'grace@example.org',
  linkedinUrl: 'https://www.linkedin.com/in/gracehopper',
  phone: '+1 555 0100',
  organisation: 'US Navy; Reserve',
  role: 'Rear Admiral, retired',
  industry: 'Defence',
  howWeMet: 'Lecture at Yale\nAsked about COBOL \\ compilers',
  tags: ['mentor', 'computing, history'],
  warmth: 'cold',
  archived: false,
};

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('contactsToVCard', () => {
  it('writes an RFC 6350 card with escaped values and CRLF line endings', () => {
    expect(contactsToVCard([grace])).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Grace Hopper',
        'N:Hopper;Grace;;;',
        'EMAIL:grace@example.org',
        'TEL:+1 555 0100',
        'ORG:US Navy\\; Reserve',
        'TITLE:Rear Admiral\\, retired',
        'URL:https://www.linkedin.com/in/gracehopper',
        'CATEGORIES:mentor,computing\\, history',
        'NOTE:Lecture at Yale\\nAsked about COBOL \\\\ compilers',
        'UID:urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves out empty properties and names a non-UUID id as a Rapport URN', () => {
    const card = contactsToVCard([
      {
        contactId: 'c 42',
        givenName: '',
        familyName: '',
        email: 'x@example.org',
        tags: [],
        archived: true,
      },
    ]);
    expect(card).toBe(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x@example.org\r\nN:;;;;\r\nEMAIL:x@example.org\r\nUID:urn:rapport:contact:c%2042\r\nEND:VCARD\r\n',
    );
  });

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    // "NOTE:a" is 6 octets and each "é" 2, so a cut at exactly 75 octets would halve an "é".
    const note = `a${'é'.repeat(80)}`;
    const card = contactsToVCard([{ ...grace, howWeMet: note }]);
    const noteLines = card.slice(card.indexOf('NOTE:'), card.indexOf('UID:')).split('\r\n');
    expect(noteLines.map(octets)).toEqual([74, 75, 19, 0]);
    expect(noteLines[1]?.startsWith(' éé')).toBe(true);
    for (const line of card.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
    }
    expect(parseVCards(card)[0]?.contact.howWeMet).toBe(note);
  });

  it('keeps four-byte characters whole when folding', () => {
    const card = contactsToVCard([{ ...grace, howWeMet: '🙂'.repeat(40) }]);
    const noteLines = card.slice(card.indexOf('NOTE:'), card.indexOf('UID:')).split('\r\n');
    expect(noteLines.map(octets)).toEqual([73, 73, 21, 0]);
  });

  it('cannot be made to start a new property through a URL', () => {
    const card = contactsToVCard([{ ...grace, linkedinUrl: 'https://x.example/\r\nEND:VCARD' }]);
    expect(card).toContain('URL:https://x.example/%0D%0AEND:VCARD\r\n');
    expect(card.match(/^END:VCARD$/gm)).toHaveLength(1);
  });

  it('reads back to the same contacts through the vCard importer', () => {
    const ada: ExportedContact = {
      contactId: 'c-2',
      givenName: 'Ada Augusta',
      familyName: 'King-Noel',
      organisation: 'Analytical Engines; Research',
      howWeMet: `Royal Society dinner, 1843; ${'very long note '.repeat(8)}\nsecond line`,
      tags: ['alumni', 'a;b'],
      archived: false,
    };
    const rows = parseVCards(contactsToVCard([grace, ada]));
    expect(rows).toEqual([
      {
        row: 1,
        contact: {
          givenName: 'Grace',
          familyName: 'Hopper',
          email: 'grace@example.org',
          linkedinUrl: 'https://www.linkedin.com/in/gracehopper',
          phone: '+1 555 0100',
          organisation: 'US Navy; Reserve',
          role: 'Rear Admiral, retired',
          howWeMet: 'Lecture at Yale\nAsked about COBOL \\ compilers',
          tags: ['mentor', 'computing, history'],
        },
      },
      {
        row: 2,
        contact: {
          givenName: 'Ada Augusta',
          familyName: 'King-Noel',
          organisation: 'Analytical Engines; Research',
          howWeMet: ada.howWeMet?.trim(),
          tags: ['alumni', 'a;b'],
        },
      },
    ]);
  });
});
