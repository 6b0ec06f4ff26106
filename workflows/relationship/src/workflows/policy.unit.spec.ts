import {
  DEFAULT_POLICY,
  addDays,
  dueAfterDays,
  fromLocal,
  latestAllowedTime,
  nextAllowedTime,
  policyProblems,
  toLocal,
  type RelationshipPolicy,
} from './policy';

const utc = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const policy = (override: Partial<RelationshipPolicy> = {}): RelationshipPolicy => ({
  ...DEFAULT_POLICY,
  ...override,
});

describe('policy validation', () => {
  it('accepts the defaults', () => {
    expect(policyProblems(DEFAULT_POLICY)).toEqual([]);
  });

  it('names every problem of a bad policy', () => {
    const problems = policyProblems(
      policy({
        followUpIntervalDays: 0,
        timeZone: 'Mars/Olympus',
        quietHours: { start: '25:00', end: '08:00' },
        thankYouReminderHours: 48,
      }),
    );
    expect(problems).toEqual([
      'followUpIntervalDays must be a whole number from 1 to 90',
      'timeZone must be an IANA time zone',
      'quietHours must be { start, end } in HH:MM',
      'thankYouReminderHours must be whole hours before the deadline',
    ]);
  });
});

describe('local time in a zone', () => {
  it('round-trips a wall-clock time across a DST change', () => {
    const at = fromLocal('America/New_York', 2024, 3, 11, 22, 0);
    expect(iso(at)).toBe('2024-03-12T02:00:00.000Z');
    expect(toLocal(at, 'America/New_York')).toMatchObject({ day: 11, hour: 22, weekday: 1 });
  });
});

describe('adding days', () => {
  it('adds calendar days keeping the time of day to the millisecond', () => {
    expect(iso(addDays(utc('2024-03-01T10:00:01.234Z'), 14, DEFAULT_POLICY))).toBe(
      '2024-03-15T10:00:01.234Z',
    );
  });

  it('skips the weekend with business days', () => {
    const business = policy({ businessDays: true });
    expect(iso(addDays(utc('2024-03-01T10:00:00Z'), 1, business))).toBe('2024-03-04T10:00:00.000Z');
    expect(iso(addDays(utc('2024-03-01T10:00:00Z'), 7, business))).toBe('2024-03-12T10:00:00.000Z');
  });
});

describe('quiet hours', () => {
  it('moves a late-evening time to the next morning and an early one to the same morning', () => {
    expect(iso(nextAllowedTime(utc('2024-03-04T22:30:00Z'), DEFAULT_POLICY))).toBe(
      '2024-03-05T08:00:00.000Z',
    );
    expect(iso(nextAllowedTime(utc('2024-03-05T03:00:00Z'), DEFAULT_POLICY))).toBe(
      '2024-03-05T08:00:00.000Z',
    );
    expect(iso(nextAllowedTime(utc('2024-03-05T12:00:00Z'), DEFAULT_POLICY))).toBe(
      '2024-03-05T12:00:00.000Z',
    );
  });

  it('handles a window that does not span midnight, and no window at all', () => {
    const lunch = policy({ quietHours: { start: '12:00', end: '13:30' } });
    expect(iso(nextAllowedTime(utc('2024-03-05T12:10:00Z'), lunch))).toBe(
      '2024-03-05T13:30:00.000Z',
    );
    const none = policy({ quietHours: { start: '00:00', end: '00:00' } });
    expect(iso(nextAllowedTime(utc('2024-03-05T03:00:00Z'), none))).toBe(
      '2024-03-05T03:00:00.000Z',
    );
  });

  it('moves a Friday-night business-day nudge to Monday morning', () => {
    const business = policy({ businessDays: true });
    expect(iso(nextAllowedTime(utc('2024-03-01T22:00:00Z'), business))).toBe(
      '2024-03-04T08:00:00.000Z',
    );
  });

  it('moves a reminder before an interview back to the evening before', () => {
    expect(iso(latestAllowedTime(utc('2024-03-05T07:00:00Z'), DEFAULT_POLICY))).toBe(
      '2024-03-04T20:59:00.000Z',
    );
    expect(iso(latestAllowedTime(utc('2024-03-05T22:00:00Z'), DEFAULT_POLICY))).toBe(
      '2024-03-05T20:59:00.000Z',
    );
  });
});

describe('due after days, across a weekend and a night, in the institution zone', () => {
  it('Friday 22:00 New York + 1 business day lands on Tuesday 08:00 local (after DST)', () => {
    const ny = policy({ businessDays: true, timeZone: 'America/New_York' });
    const fridayNight = fromLocal('America/New_York', 2024, 3, 8, 22, 0);
    const due = dueAfterDays(fridayNight, 1, ny);
    expect(iso(due)).toBe('2024-03-12T12:00:00.000Z');
    expect(toLocal(due, 'America/New_York')).toMatchObject({ weekday: 2, hour: 8, minute: 0 });
  });
});
