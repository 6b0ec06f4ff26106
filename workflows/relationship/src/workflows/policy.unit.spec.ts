import { fromLocal, toLocal } from '@rapport/platform/zoned-time';
import { DEFAULT_POLICY, policyProblems, type RelationshipPolicy } from './policy';
import { addDays, dueAfterDays, latestAllowedTime, nextAllowedTime } from './policy-time';

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

  it('names wrong types and list bounds once each, whatever reaches it from a signal', () => {
    const problems = policyProblems({
      ...DEFAULT_POLICY,
      mode: 'weekly',
      businessDays: 'yes',
      interviewReminderHours: [1, 2, 3, 4, 5, 6.5],
      keepInTouchWeeks: 'eight',
    } as unknown as RelationshipPolicy);
    expect(problems).toEqual([
      'businessDays must be true or false',
      "mode must be 'standard' or '3b7'",
      'interviewReminderHours must be up to 5 whole hours from 1 to 336',
      'keepInTouchWeeks must be a whole number from 1 to 104',
    ]);
  });
});

describe('the DST rule a run computes with', () => {
  // 02:30 on 1 March 2026 in New York; 8 March has no 02:30 (clocks jump from 02:00 to 03:00).
  const ny = {
    ...DEFAULT_POLICY,
    timeZone: 'America/New_York',
    quietHours: { start: '00:00', end: '00:00' },
  };
  const from = fromLocal('America/New_York', { year: 2026, month: 3, day: 1 }, 150);

  it('moves a skipped time past the jump under the one rule (patched runs)', () => {
    expect(iso(addDays(from, 7, ny))).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(iso(addDays(from, 7, ny, 'one-dst-rule'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('keeps what runs started before the patch computed: an hour earlier, west of UTC', () => {
    expect(iso(addDays(from, 7, ny, 'before-one-dst-rule'))).toBe('2026-03-08T06:30:00.000Z'); // 01:30 EST
    expect(iso(dueAfterDays(from, 7, ny, 'before-one-dst-rule'))).toBe('2026-03-08T06:30:00.000Z');
  });

  it('gives both rules the same answer on ordinary days', () => {
    expect(addDays(from, 14, ny, 'before-one-dst-rule')).toBe(addDays(from, 14, ny));
  });
});

describe('local time in a zone', () => {
  it('round-trips a wall-clock time across a DST change', () => {
    const at = fromLocal('America/New_York', { year: 2024, month: 3, day: 11 }, 22 * 60);
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
    const fridayNight = fromLocal('America/New_York', { year: 2024, month: 3, day: 8 }, 22 * 60);
    const due = dueAfterDays(fridayNight, 1, ny);
    expect(iso(due)).toBe('2024-03-12T12:00:00.000Z');
    expect(toLocal(due, 'America/New_York')).toMatchObject({ weekday: 2, hour: 8, minute: 0 });
  });
});
