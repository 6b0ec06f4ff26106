import { RECENT_LIMIT, withOpened } from './recent-members';

describe('withOpened', () => {
  it('puts the member first, once', () => {
    expect(withOpened(['ben', 'ada'], 'ada')).toEqual(['ada', 'ben']);
  });

  it('keeps at most the limit, dropping the oldest', () => {
    const many = Array.from({ length: RECENT_LIMIT }, (_, i) => `m-${i}`);
    const next = withOpened(many, 'new');
    expect(next).toHaveLength(RECENT_LIMIT);
    expect(next[0]).toBe('new');
    expect(next).not.toContain(`m-${RECENT_LIMIT - 1}`);
  });
});
