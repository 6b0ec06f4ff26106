const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// Date part of an ISO date or date-time; the day is read as written, never shifted by a time zone.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;

/** "2025-03-03" → "3 March 2025"; undefined when the value is not a real calendar date. */
export function letterDate(isoDate: string): string | undefined {
  const match = ISO_DATE.exec(isoDate.trim());
  if (!match) {
    return undefined;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const isRealDate =
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day;
  const monthName = MONTHS[month - 1];
  return isRealDate && monthName !== undefined ? `${day} ${monthName} ${year}` : undefined;
}
