import { hasSignOff } from './sign-off';

describe('hasSignOff', () => {
  it.each([
    'Thank you for your time.\n\nKind regards,\nSam Rivera',
    'Best,\nSam',
    'Sincerely,\nDr. Priya Nair',
    "Thank you for considering my request,\nJean-Luc O'Neill\nMSc Finance, HEC Paris\njl.oneill@example.org",
    'Many thanks\n\nAmara Nwosu',
  ])('accepts an email ending %p', (body) => {
    expect(hasSignOff(`Dear Ms Okafor,\n\nI hope to hear from you.\n\n${body}`, 'email')).toBe(
      true,
    );
  });

  it.each([
    'Thanks',
    'Kind regards',
    'Thanks to your article, I changed my dissertation topic.\nSam',
    'Kind regards, Sam Rivera',
  ])('rejects an email ending %p', (body) => {
    expect(hasSignOff(`Dear Ms Okafor,\n\nI hope to hear from you.\n\n${body}`, 'email')).toBe(
      false,
    );
  });

  it.each([
    ['linkedin', 'Could we talk at a time that suits you? Thank you, Ben'],
    ['linkedin', 'Could we talk at a time that suits you?\nBest wishes,\nBen Ellis'],
    ['text', 'Happy to fit around your schedule. Thanks, Maya'],
    ['text', 'Happy to fit around your schedule. Thanks so much! - Maya'],
    ['text', 'free for a quick call any time that suits? ta, Callum'],
    ['phone', 'Would you have about 20 minutes? Thank you so much.'],
    ['phone', 'Would you have about 20 minutes? I really appreciate it.'],
  ] as const)('accepts a %s message ending %p', (channel, body) => {
    expect(hasSignOff(body, channel)).toBe(true);
  });

  it.each([
    ['linkedin', 'Could we talk at a time that suits you?'],
    ['linkedin', 'Could we talk at a time that suits you? Thanks, see you soon'],
    ['text', 'Thanks'],
    ['phone', 'Would you have about 20 minutes?'],
  ] as const)('rejects a %s message ending %p', (channel, body) => {
    expect(hasSignOff(body, channel)).toBe(false);
  });
});
