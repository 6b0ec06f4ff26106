import { homePathOf, mayOpen, NAVIGATION } from './navigation';

describe('navigation per role', () => {
  it('sends each role home to its first area', () => {
    expect(homePathOf('member')).toBe('/today');
    expect(homePathOf('coach')).toBe('/caseload');
    expect(homePathOf('admin')).toBe('/admin/policies');
    expect(homePathOf('operator')).toBe('/operations/health');
  });

  it('opens only a role’s own areas', () => {
    expect(mayOpen('member', '/today')).toBe(true);
    expect(mayOpen('member', '/admin/audit')).toBe(false);
    expect(mayOpen('coach', '/today')).toBe(false);
    expect(mayOpen('operator', '/operations/dead-letters/x')).toBe(true);
    expect(mayOpen('operator', '/operations-x')).toBe(false);
  });

  it('gives no two areas the same path', () => {
    const paths = Object.values(NAVIGATION).flatMap((items) => items.map((item) => item.path));
    expect(new Set(paths).size).toBe(paths.length);
  });
});
