const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads the date a member connected with someone, as LinkedIn writes it ("14 Mar 2023", or
 * "03/14/2023" in older exports), plus ISO dates. Returns YYYY-MM-DD, or undefined when the value
 * is not a real calendar date: a missing date is better than a wrong one.
 */
export function parseConnectedOnDate(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    return isoDate(Number(match[3]), monthNumber(match[2]), Number(match[1]));
  }
  match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    return isoDate(Number(match[3]), monthNumber(match[1]), Number(match[2]));
  }
  match = SLASHED.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    // LinkedIn writes month first; only a first number over 12 proves day-first instead.
    return first > 12
      ? isoDate(Number(match[3]), second, first)
      : isoDate(Number(match[3]), first, second);
  }
  match = ISO.exec(text);
  if (match) {
    return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  return undefined;
}

function monthNumber(name: string | undefined): number {
  const lower = (name ?? '').toLowerCase();
  if (lower.length < 3) {
    return 0;
  }
  // "Mar", "March" and "Sept" all name a month; findIndex's -1 becomes the invalid month 0.
  return MONTH_NAMES.findIndex((month) => month.startsWith(lower)) + 1;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1900) {
    return undefined;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
