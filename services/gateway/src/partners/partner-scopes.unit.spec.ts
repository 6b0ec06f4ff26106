import { PARTNER_SCOPES } from './partner-clients';
import { scopeFor } from './partner-scopes';

describe('the scope a partner call needs', () => {
  it.each([
    ['contacts', 'read', 'contacts:read'],
    ['contacts', 'write', 'contacts:write'],
    ['relationships', 'read', 'relationships:read'],
    ['relationships', 'write', 'relationships:write'],
  ] as const)('%s %s → %s', (area, access, scope) => {
    expect(scopeFor(area, access)).toBe(scope);
    expect(PARTNER_SCOPES).toContain(scope);
  });
});
