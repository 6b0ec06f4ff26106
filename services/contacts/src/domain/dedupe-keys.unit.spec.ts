import { dedupeKeys, normaliseEmail, normaliseLinkedInUrl } from './dedupe-keys';

const person = { givenName: 'Ada', familyName: 'Lovelace' };

describe('dedupeKeys', () => {
  it('gives email, LinkedIn and name + organisation keys, in that order', () => {
    expect(
      dedupeKeys({
        ...person,
        email: ' Ada@Example.org ',
        linkedinUrl: 'linkedin.com/in/Ada-Lovelace/',
        organisation: 'Analytical Engines Ltd.',
      }),
    ).toEqual([
      'email:ada@example.org',
      'linkedin:in/ada-lovelace',
      'name-org:ada lovelace|analytical engines',
    ]);
  });

  it('gives no name key without an organisation, and no keys for blanks', () => {
    expect(dedupeKeys({ ...person, email: '  ', linkedinUrl: '', organisation: ' ' })).toEqual([]);
  });

  it('gives no name key without a name', () => {
    expect(dedupeKeys({ givenName: ' ', familyName: '', organisation: 'Acme' })).toEqual([]);
  });

  it.each([
    ['Ada', 'Lovelace', 'Analytical Engines', 'ada lovelace|analytical engines'],
    ['  ADA ', ' lovelace  ', 'ANALYTICAL   ENGINES', 'ada lovelace|analytical engines'],
    ['Zoë', 'Ørsted', 'Café Société', 'zoe orsted|cafe societe'],
    ['José', 'Núñez', 'Telefónica S.A.', 'jose nunez|telefonica'],
    ['Jürgen', 'Groß', 'Müller GmbH', 'jurgen gross|muller'],
    ['Siobhán', "O'Brien-Smith", 'Procter & Gamble Co.', 'siobhan obrien smith|procter gamble'],
    ['Ada', 'Lovelace', 'Acme, Inc.', 'ada lovelace|acme'],
    ['Ada', 'Lovelace', 'Acme LLC', 'ada lovelace|acme'],
    ['Ada', 'Lovelace', 'Acme Co., Ltd.', 'ada lovelace|acme'],
    ['Ada', 'Lovelace', 'Acme Corporation', 'ada lovelace|acme'],
    ['Ada', 'Lovelace', 'ING B.V.', 'ada lovelace|ing'],
    ['Ada', 'Lovelace', 'Siemens AG', 'ada lovelace|siemens'],
    ['Ada', 'Lovelace', 'Barclays PLC', 'ada lovelace|barclays'],
    [
      'Ada',
      'Lovelace',
      'Incorporated Society of Musicians',
      'ada lovelace|incorporated society of musicians',
    ],
    ['Ada', 'Lovelace', 'Co', 'ada lovelace|co'],
    ['ＡＤＡ', 'Lovelace', 'Ｅｎｇｉｎｅｓ', 'ada lovelace|engines'],
  ])('normalises %p %p at %p', (givenName, familyName, organisation, key) => {
    expect(dedupeKeys({ givenName, familyName, organisation })).toEqual([`name-org:${key}`]);
  });
});

describe('normaliseEmail', () => {
  it.each([
    [' Ada.Lovelace+Rapport@Example.ORG ', 'ada.lovelace+rapport@example.org'],
    ['ada@example.org', 'ada@example.org'],
    ['   ', undefined],
    [undefined, undefined],
  ])('normalises %p to %p', (email, expected) => {
    expect(normaliseEmail(email)).toBe(expected);
  });
});

describe('normaliseLinkedInUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-lovelace', 'https://www.linkedin.com/in/ada-lovelace'],
    ['http://linkedin.com/in/ada-lovelace/', 'https://www.linkedin.com/in/ada-lovelace'],
    ['www.linkedin.com/in/ada-lovelace', 'https://www.linkedin.com/in/ada-lovelace'],
    ['linkedin.com/in/Ada-Lovelace', 'https://www.linkedin.com/in/ada-lovelace'],
    ['HTTPS://UK.LINKEDIN.COM/IN/ADA-LOVELACE', 'https://www.linkedin.com/in/ada-lovelace'],
    [
      'https://de.linkedin.com/in/ada-lovelace?trk=public_profile#about',
      'https://www.linkedin.com/in/ada-lovelace',
    ],
    ['https://www.linkedin.com/in/ada-lovelace/en', 'https://www.linkedin.com/in/ada-lovelace'],
    [
      '  https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez/  ',
      'https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez',
    ],
    ['https://www.linkedin.com/in/JOS%C3%89', 'https://www.linkedin.com/in/jos%C3%A9'],
    [
      'https://www.linkedin.com/pub/Ada-Lovelace/1a/2b3/4c5',
      'https://www.linkedin.com/pub/ada-lovelace/1a/2b3/4c5',
    ],
    ['https://www.linkedin.com/company/analytical-engines', undefined],
    ['https://www.linkedin.com/in/', undefined],
    ['https://linkedin.com.evil.example/in/ada', undefined],
    ['https://notlinkedin.com/in/ada', undefined],
    ['ftp://www.linkedin.com/in/ada', undefined],
    ['ada lovelace', undefined],
    ['', undefined],
  ])('normalises %p to %p', (url, expected) => {
    expect(normaliseLinkedInUrl(url)).toBe(expected);
  });

  it.each([
    ['https://uk.linkedin.com/in/Ada-Lovelace/?originalSubdomain=uk', 'linkedin:in/ada-lovelace'],
    ['https://www.linkedin.com/in/jos%C3%A9-n%C3%BA%C3%B1ez', 'linkedin:in/josé-núñez'],
    ['linkedin.com/pub/ada-lovelace/1a/2b3/4c5/', 'linkedin:pub/ada-lovelace/1a/2b3/4c5'],
  ])('keys %p as %p', (linkedinUrl, key) => {
    expect(dedupeKeys({ ...person, linkedinUrl })).toEqual([key]);
  });
});
