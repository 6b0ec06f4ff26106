import { roleFromClaims } from './identity-providers';
import { safeReturnTo } from './return-to';

describe('the role a provider grants', () => {
  const provider = {
    roleClaim: 'groups',
    roleValues: { students: 'member', coaches: 'coach', 'it-admins': 'admin' } as const,
  };

  it('maps the claim through the tenant’s table', () => {
    expect(roleFromClaims(provider, { groups: 'coaches' })).toBe('coach');
    expect(roleFromClaims(provider, { groups: ['library', 'students'] })).toBe('member');
  });

  it('grants nothing for unmapped, missing or inherited values', () => {
    expect(roleFromClaims(provider, { groups: 'library' })).toBeUndefined();
    expect(roleFromClaims(provider, {})).toBeUndefined();
    expect(roleFromClaims(provider, { groups: ['constructor', 'toString'] })).toBeUndefined();
    expect(roleFromClaims(provider, { groups: 42 })).toBeUndefined();
  });

  it('takes the least powerful of several roles', () => {
    expect(roleFromClaims(provider, { groups: ['it-admins', 'coaches'] })).toBe('coach');
  });
});

describe('where a sign-in may land', () => {
  it.each([
    ['/contacts?tab=2', '/contacts?tab=2'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['/a b', '/'],
    [undefined, '/'],
  ])('%s → %s', (given, expected) => {
    expect(safeReturnTo(given)).toBe(expected);
  });
});
