import { nextDigestTime } from './local-time';

const utc = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('nextDigestTime: the next moment a member’s clock shows their digest time', () => {
  it('is later today when the time has not come yet, else tomorrow', () => {
    expect(nextDigestTime(utc('2026-03-02T07:00:00Z'), 'Europe/London', '07:30')).toEqual({
      at: utc('2026-03-02T07:30:00Z'),
      localDate: '2026-03-02',
    });
    expect(nextDigestTime(utc('2026-03-02T10:00:00Z'), 'Europe/London', '07:30')).toEqual({
      at: utc('2026-03-03T07:30:00Z'),
      localDate: '2026-03-03',
    });
  });

  it('is strictly after now: the digest that just fired is not planned again', () => {
    const at = utc('2026-03-02T07:30:00Z');
    expect(iso(nextDigestTime(at, 'Europe/London', '07:30').at)).toBe('2026-03-03T07:30:00.000Z');
    expect(iso(nextDigestTime(at - 1, 'Europe/London', '07:30').at)).toBe(
      '2026-03-02T07:30:00.000Z',
    );
  });

  it('keeps 07:30 local across the spring change in London (a 23-hour day)', () => {
    const saturday = nextDigestTime(utc('2026-03-27T12:00:00Z'), 'Europe/London', '07:30');
    expect(iso(saturday.at)).toBe('2026-03-28T07:30:00.000Z'); // GMT
    const sunday = nextDigestTime(saturday.at, 'Europe/London', '07:30');
    expect(sunday).toEqual({ at: utc('2026-03-29T06:30:00Z'), localDate: '2026-03-29' }); // BST
    expect(sunday.at - saturday.at).toBe(23 * 3_600_000);
  });

  it('keeps 07:30 local across the autumn change in London (a 25-hour day)', () => {
    const saturday = nextDigestTime(utc('2026-10-24T00:00:00Z'), 'Europe/London', '07:30');
    expect(iso(saturday.at)).toBe('2026-10-24T06:30:00.000Z'); // BST
    const sunday = nextDigestTime(saturday.at, 'Europe/London', '07:30');
    expect(iso(sunday.at)).toBe('2026-10-25T07:30:00.000Z'); // GMT
    expect(sunday.at - saturday.at).toBe(25 * 3_600_000);
  });

  it('handles New York’s and Sydney’s changes, which fall on other dates', () => {
    // New York springs forward on 8 March 2026.
    const ny = nextDigestTime(utc('2026-03-07T13:00:00Z'), 'America/New_York', '07:30');
    expect(ny).toEqual({ at: utc('2026-03-08T11:30:00Z'), localDate: '2026-03-08' });
    // Sydney leaves daylight time on 5 April 2026 (AEDT +11 → AEST +10).
    const before = nextDigestTime(utc('2026-04-03T12:00:00Z'), 'Australia/Sydney', '07:30');
    expect(before).toEqual({ at: utc('2026-04-03T20:30:00Z'), localDate: '2026-04-04' });
    const after = nextDigestTime(before.at, 'Australia/Sydney', '07:30');
    expect(after).toEqual({ at: utc('2026-04-04T21:30:00Z'), localDate: '2026-04-05' });
  });

  it('names the member’s own date in zones far from UTC', () => {
    // 10:00 UTC is already midnight of the 3rd in Kiritimati (+14)…
    expect(nextDigestTime(utc('2026-03-02T10:00:00Z'), 'Pacific/Kiritimati', '07:30')).toEqual({
      at: utc('2026-03-02T17:30:00Z'),
      localDate: '2026-03-03',
    });
    // …and still 23:00 on the 1st in Pago Pago (−11).
    expect(nextDigestTime(utc('2026-03-02T10:00:00Z'), 'Pacific/Pago_Pago', '07:30')).toEqual({
      at: utc('2026-03-02T18:30:00Z'),
      localDate: '2026-03-02',
    });
    // Half-hour offsets (India, +05:30).
    expect(iso(nextDigestTime(utc('2026-03-02T10:00:00Z'), 'Asia/Kolkata', '07:30').at)).toBe(
      '2026-03-03T02:00:00.000Z',
    );
  });

  it('waits for a later date than the last digest’s when the time moves later the same day', () => {
    const morning = utc('2026-03-02T07:30:00Z');
    const afterChange = nextDigestTime(morning + 3_600_000, 'Europe/London', '18:00', '2026-03-02');
    expect(afterChange).toEqual({ at: utc('2026-03-03T18:00:00Z'), localDate: '2026-03-03' });
    // Without a digest today, 18:00 today is next.
    expect(iso(nextDigestTime(morning + 3_600_000, 'Europe/London', '18:00').at)).toBe(
      '2026-03-02T18:00:00.000Z',
    );
  });

  it('rejects a time that is not HH:MM', () => {
    expect(() => nextDigestTime(0, 'UTC', '7:30')).toThrow('not a local time');
  });
});
