import {
  addLocalDays,
  fromLocal,
  inQuietHours,
  latestAllowedTime,
  nextAllowedTime,
  toLocal,
  type LocalSchedule,
} from './index';

const utc = (text: string) => Date.parse(text);
const iso = (ms: number) => new Date(ms).toISOString();
const schedule = (override: Partial<LocalSchedule> = {}): LocalSchedule => ({
  timeZone: 'UTC',
  quietHours: { start: '21:00', end: '08:00' },
  businessDays: false,
  ...override,
});

describe('addLocalDays', () => {
  it('adds calendar days keeping the time of day to the millisecond', () => {
    expect(iso(addLocalDays(utc('2024-03-01T10:00:01.234Z'), 14, schedule()))).toBe(
      '2024-03-15T10:00:01.234Z',
    );
  });

  it('keeps the local time across a DST change (a week is not 168 hours then)', () => {
    const london = schedule({ timeZone: 'Europe/London' });
    expect(iso(addLocalDays(utc('2026-03-25T09:00:00Z'), 7, london))).toBe(
      '2026-04-01T08:00:00.000Z',
    );
  });

  it('lands a time of day that the target day skips after the jump, by the one rule', () => {
    const ny = schedule({ timeZone: 'America/New_York' });
    // 02:30 on Sunday 1 March; 8 March has no 02:30, so 03:30 EDT.
    const from = fromLocal('America/New_York', { year: 2026, month: 3, day: 1 }, 150);
    expect(iso(addLocalDays(from, 7, ny))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('skips the weekend with business days', () => {
    const business = schedule({ businessDays: true });
    expect(iso(addLocalDays(utc('2024-03-01T10:00:00Z'), 1, business))).toBe(
      '2024-03-04T10:00:00.000Z',
    );
    expect(iso(addLocalDays(utc('2024-03-01T10:00:00Z'), 7, business))).toBe(
      '2024-03-12T10:00:00.000Z',
    );
  });

  it('computes with the resolver a schedule names (a workflow replaying an older rule)', () => {
    const resolved: number[] = [];
    const recording: LocalSchedule['fromLocal'] = (zone, date, minutes) => {
      const at = fromLocal(zone, date, minutes) + 1;
      resolved.push(at);
      return at;
    };
    const at = addLocalDays(utc('2024-03-01T10:00:00Z'), 1, schedule({ fromLocal: recording }));
    expect(resolved).toEqual([at]);
  });
});

describe('quiet hours', () => {
  it('tells whether a moment is inside them, in the zone, across midnight', () => {
    const night = { start: '21:00', end: '08:00' };
    expect(inQuietHours(utc('2026-03-02T21:30:00Z'), 'Europe/London', night)).toBe(true);
    expect(inQuietHours(utc('2026-03-02T07:59:00Z'), 'Europe/London', night)).toBe(true);
    expect(inQuietHours(utc('2026-03-02T08:00:00Z'), 'Europe/London', night)).toBe(false);
    // 21:30 UTC is 16:30 in New York.
    expect(inQuietHours(utc('2026-03-02T21:30:00Z'), 'America/New_York', night)).toBe(false);
    expect(inQuietHours(utc('2026-03-02T21:30:00Z'), 'UTC', null)).toBe(false);
    expect(inQuietHours(utc('2026-03-02T21:30:00Z'), 'UTC', { start: '09:00', end: '09:00' })).toBe(
      false,
    );
  });

  it('moves a late-evening time to the next morning and an early one to the same morning', () => {
    expect(iso(nextAllowedTime(utc('2024-03-04T22:30:00Z'), schedule()))).toBe(
      '2024-03-05T08:00:00.000Z',
    );
    expect(iso(nextAllowedTime(utc('2024-03-05T03:00:00Z'), schedule()))).toBe(
      '2024-03-05T08:00:00.000Z',
    );
    expect(iso(nextAllowedTime(utc('2024-03-05T12:00:00Z'), schedule()))).toBe(
      '2024-03-05T12:00:00.000Z',
    );
  });

  it('handles a window that does not span midnight, and no window at all', () => {
    const lunch = schedule({ quietHours: { start: '12:00', end: '13:30' } });
    expect(iso(nextAllowedTime(utc('2024-03-05T12:10:00Z'), lunch))).toBe(
      '2024-03-05T13:30:00.000Z',
    );
    const none = schedule({ quietHours: null });
    expect(iso(nextAllowedTime(utc('2024-03-05T03:00:00Z'), none))).toBe(
      '2024-03-05T03:00:00.000Z',
    );
  });

  it('moves a Friday-night business-day time to Monday morning, in the zone', () => {
    const business = schedule({ businessDays: true });
    expect(iso(nextAllowedTime(utc('2024-03-01T22:00:00Z'), business))).toBe(
      '2024-03-04T08:00:00.000Z',
    );
    const ny = schedule({ businessDays: true, timeZone: 'America/New_York' });
    const at = nextAllowedTime(utc('2024-03-09T03:00:00Z'), ny); // Friday 22:00 EST
    expect(toLocal(at, 'America/New_York')).toMatchObject({ weekday: 1, hour: 8, minute: 0 });
    expect(iso(at)).toBe('2024-03-11T12:00:00.000Z'); // EDT by Monday
  });

  it('moves a time before an appointment back to the evening before', () => {
    expect(iso(latestAllowedTime(utc('2024-03-05T07:00:00Z'), schedule()))).toBe(
      '2024-03-04T20:59:00.000Z',
    );
    expect(iso(latestAllowedTime(utc('2024-03-05T22:00:00Z'), schedule()))).toBe(
      '2024-03-05T20:59:00.000Z',
    );
    expect(iso(latestAllowedTime(utc('2024-03-05T12:00:00Z'), schedule()))).toBe(
      '2024-03-05T12:00:00.000Z',
    );
  });
});
