import { letterDate } from './letter-date';

describe('letterDate', () => {
  it.each([
    ['2025-03-03', '3 March 2025'],
    ['2024-12-31', '31 December 2024'],
    ['2024-02-29', '29 February 2024'],
    // The calendar day as written: a late-evening UTC time is not moved to the next day.
    ['2025-01-09T23:30:00-05:00', '9 January 2025'],
    [' 2025-06-01 ', '1 June 2025'],
  ])('writes %p as %p', (isoDate, written) => {
    expect(letterDate(isoDate)).toBe(written);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '3 March 2025', '2025/03/03', ''])(
    'refuses %p',
    (value) => {
      expect(letterDate(value)).toBeUndefined();
    },
  );
});
