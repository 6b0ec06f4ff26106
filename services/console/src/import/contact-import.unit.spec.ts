import { formatOfFileName, guessMapping } from './contact-import';

describe('reading an import file in the browser', () => {
  it('guesses each field’s column once, and no full name when both halves are there', () => {
    expect(guessMapping(['First name', 'Surname', 'Name', 'E-mail', 'Company', 'Title'])).toEqual({
      givenName: 'First name',
      familyName: 'Surname',
      email: 'E-mail',
      organisation: 'Company',
      role: 'Title',
    });
    expect(guessMapping(['Name', 'Notes'])).toEqual({ fullName: 'Name', howWeMet: 'Notes' });
  });

  it('takes the format from the file’s name', () => {
    expect(formatOfFileName('friends.VCF')).toBe('vcard');
    expect(formatOfFileName('Connections.csv')).toBe('linkedin');
    expect(formatOfFileName('people.csv')).toBe('csv');
  });
});
