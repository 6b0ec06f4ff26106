import { scopeNeeded } from './partner-scopes';

describe('the scope a partner call needs', () => {
  it.each([
    ['contacts', 'GET', 'contacts:read'],
    ['contacts', 'POST', 'contacts:write'],
    ['contacts', 'DELETE', 'contacts:write'],
    ['outreach', 'GET', 'relationships:read'],
    ['interviews', 'PUT', 'relationships:write'],
    ['notifications', 'GET', undefined],
  ] as const)('%s %s → %s', (service, method, scope) => {
    expect(scopeNeeded(service, method)).toBe(scope);
  });
});
