import {
  addCalendarDays,
  fromLocal,
  isClockTime,
  isTimeZone,
  localClockAt,
  minutesOfDay,
  toLocal,
} from './index';

const iso = (ms: number) => new Date(ms).toISOString();
const utc = (text: string) => Date.parse(text);

describe('the one DST rule: fromLocal', () => {
  // Both sides of UTC, because a rule written as "subtract the offset twice" answers differently
  // east and west of Greenwich; these pin the same answer everywhere.
  it.each([
    ['Europe/London', { year: 2026, month: 3, day: 29 }, 90, '2026-03-29T01:30:00.000Z'], // 02:30 BST
    ['America/New_York', { year: 2026, month: 3, day: 8 }, 150, '2026-03-08T07:30:00.000Z'], // 03:30 EDT
    ['Australia/Sydney', { year: 2026, month: 10, day: 4 }, 150, '2026-10-03T16:30:00.000Z'], // 03:30 AEDT
  ])('moves a time that never happens (%s, clocks forward) past the jump', (zone, date, m, at) => {
    expect(iso(fromLocal(zone, date, m))).toBe(at);
  });

  it.each([
    ['Europe/London', { year: 2026, month: 10, day: 25 }, 90, '2026-10-25T00:30:00.000Z'], // 01:30 BST
    ['America/New_York', { year: 2026, month: 11, day: 1 }, 90, '2026-11-01T05:30:00.000Z'], // 01:30 EDT
    ['Australia/Sydney', { year: 2026, month: 4, day: 5 }, 150, '2026-04-04T15:30:00.000Z'], // 02:30 AEDT
  ])('takes the first of a time that happens twice (%s, clocks back)', (zone, date, m, at) => {
    expect(iso(fromLocal(zone, date, m))).toBe(at);
  });

  it('round-trips ordinary times, half-hour zones and days that overflow the month', () => {
    const at = fromLocal('America/New_York', { year: 2024, month: 3, day: 11 }, 22 * 60);
    expect(iso(at)).toBe('2024-03-12T02:00:00.000Z');
    expect(toLocal(at, 'America/New_York')).toMatchObject({ day: 11, hour: 22, weekday: 1 });
    expect(iso(fromLocal('Asia/Kolkata', { year: 2026, month: 3, day: 3 }, 7 * 60 + 30))).toBe(
      '2026-03-03T02:00:00.000Z',
    );
    expect(iso(fromLocal('UTC', { year: 2026, month: 1, day: 32 }, 0))).toBe(
      '2026-02-01T00:00:00.000Z',
    );
  });
});

describe('reading the clock in a zone', () => {
  it('gives date, time, seconds and weekday in the zone', () => {
    expect(toLocal(utc('2026-03-02T23:30:15Z'), 'Europe/Berlin')).toEqual({
      year: 2026,
      month: 3,
      day: 3,
      hour: 0,
      minute: 30,
      second: 15,
      weekday: 2,
    });
    expect(localClockAt(utc('2026-03-02T23:30:00Z'), 'America/Los_Angeles')).toEqual({
      date: '2026-03-02',
      minutes: 15 * 60 + 30,
    });
  });

  it('adds calendar days across month and year ends', () => {
    expect(addCalendarDays({ year: 2026, month: 12, day: 31 }, 1)).toMatchObject({
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(addCalendarDays({ year: 2026, month: 3, day: 1 }, -1)).toMatchObject({
      month: 2,
      day: 28,
    });
  });
});

describe('validation helpers', () => {
  it('knows IANA zones only', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('reads HH:MM on the 24-hour clock only', () => {
    expect(isClockTime('07:30')).toBe(true);
    expect(isClockTime('7:30')).toBe(false);
    expect(isClockTime('24:00')).toBe(false);
    expect(minutesOfDay('21:45')).toBe(21 * 60 + 45);
    expect(() => minutesOfDay('25:00')).toThrow('not a local time');
  });
});
