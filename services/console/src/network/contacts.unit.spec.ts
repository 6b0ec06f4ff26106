import { contactName, contactQuery } from './contacts';

describe('contactQuery', () => {
  it('sends only the filters that are set', () => {
    expect(contactQuery({ q: '  ', warmth: 'any' })).toBe('limit=50');
    expect(contactQuery({ q: ' Grace Hopper ', warmth: 'warm' })).toBe(
      'limit=50&q=Grace+Hopper&warmth=warm',
    );
  });
});

describe('contactName', () => {
  it('says so when an erased contact has no name left', () => {
    expect(contactName({ givenName: 'Grace', familyName: 'Hopper' })).toBe('Grace Hopper');
    expect(contactName({ givenName: null, familyName: null })).toBe('Erased contact');
  });
});
