import {
  DEFAULT_PREFERENCES,
  inQuietHours,
  localClock,
  preferencesPatchSchema,
} from './preferences';

describe('member preferences', () => {
  const london = { ...DEFAULT_PREFERENCES, timeZone: 'Europe/London' };

  it('reads the local date and minute in the member’s zone, across a date line', () => {
    expect(localClock(new Date('2026-07-01T23:30:00Z'), 'Europe/London')).toEqual({
      date: '2026-07-02',
      minutes: 30,
    });
    expect(localClock(new Date('2026-07-01T23:30:00Z'), 'Pacific/Auckland')).toEqual({
      date: '2026-07-02',
      minutes: 11 * 60 + 30,
    });
  });

  it('knows quiet hours that span midnight, in local time (summer time included)', () => {
    // 21:00–08:00 local. 20:30 UTC in July is 21:30 in London: quiet.
    expect(inQuietHours(new Date('2026-07-01T20:30:00Z'), london)).toBe(true);
    expect(inQuietHours(new Date('2026-07-01T19:30:00Z'), london)).toBe(false);
    expect(inQuietHours(new Date('2026-07-02T07:00:00Z'), london)).toBe(false);
    expect(inQuietHours(new Date('2026-07-02T06:30:00Z'), london)).toBe(true);
    expect(inQuietHours(new Date('2026-07-02T03:00:00Z'), { ...london, quietHours: null })).toBe(
      false,
    );
    const lunch = { ...london, quietHours: { start: '12:00', end: '13:00' } };
    expect(inQuietHours(new Date('2026-01-05T12:15:00Z'), lunch)).toBe(true);
    expect(inQuietHours(new Date('2026-01-05T13:00:00Z'), lunch)).toBe(false);
  });

  it('refuses unknown zones, malformed times and unknown fields, naming each', () => {
    const result = preferencesPatchSchema.safeParse({
      timeZone: 'Mars/Olympus',
      digest: { enabled: true, localTime: '25:00' },
      colour: 'blue',
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.') || issue.code);
    expect(paths).toEqual(expect.arrayContaining(['timeZone', 'digest.localTime']));
    expect(JSON.stringify(result.error!.issues)).toContain('colour');
  });
});
