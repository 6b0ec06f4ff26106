const DAY_MS = 24 * 60 * 60 * 1000;

/** `2026-W10`: the ISO 8601 week (Monday to Sunday, week 1 holds the year's first Thursday). */
export type IsoWeek = `${number}-W${string}`;

export const ISO_WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

/**
 * The ISO week of an instant, counted in UTC. An institution's own time zone would move a reply
 * sent late on a Sunday into the next week; UTC keeps every reader's series the same.
 */
export function isoWeekOf(at: Date): IsoWeek {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  // The week belongs to the year of its Thursday.
  day.setUTCDate(day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7));
  const year = day.getUTCFullYear();
  const week = 1 + Math.floor((day.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (00:00 UTC) that starts an ISO week. */
export function mondayOf(week: IsoWeek): Date {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  const january4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = january4.getTime() - ((january4.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(firstMonday + (number - 1) * 7 * DAY_MS);
}

/** Every week from `from` to `to`, both included (empty when `to` comes first). */
export function weeksBetween(from: IsoWeek, to: IsoWeek): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const end = mondayOf(to).getTime();
  for (let at = mondayOf(from).getTime(); at <= end; at += 7 * DAY_MS) {
    weeks.push(isoWeekOf(new Date(at)));
  }
  return weeks;
}
