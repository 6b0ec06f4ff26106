import { startsAtOf } from './slot';

describe('startsAtOf', () => {
  it('reads the date and time in the interview’s zone, summer time included', () => {
    expect(startsAtOf('2026-07-01', '14:30', 'Europe/London')).toBe('2026-07-01T13:30:00.000Z');
    expect(startsAtOf('2026-12-01', '09:00', 'America/New_York')).toBe('2026-12-01T14:00:00.000Z');
  });

  it('answers nothing for a half-filled form', () => {
    expect(startsAtOf('', '14:30', 'UTC')).toBeUndefined();
    expect(startsAtOf('2026-07-01', '', 'UTC')).toBeUndefined();
  });
});
