import { isoWeekOf, mondayOf, weeksBetween } from './iso-week';

describe('ISO weeks', () => {
  it.each([
    ['2026-03-02T09:00:00Z', '2026-W10'],
    ['2026-03-08T23:59:59Z', '2026-W10'],
    ['2026-03-09T00:00:00Z', '2026-W11'],
    // Early January can belong to the previous year's last week, late December to the next's first.
    ['2021-01-03T12:00:00Z', '2020-W53'],
    ['2024-12-30T12:00:00Z', '2025-W01'],
    ['2026-01-01T00:00:00Z', '2026-W01'],
  ])('puts %s in %s', (at, week) => {
    expect(isoWeekOf(new Date(at))).toBe(week);
  });

  it('starts each week on its Monday', () => {
    expect(mondayOf('2026-W10').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(mondayOf('2020-W53').toISOString()).toBe('2020-12-28T00:00:00.000Z');
  });

  it('lists the weeks between two, across a year with 53 of them', () => {
    expect(weeksBetween('2020-W52', '2021-W02')).toEqual([
      '2020-W52',
      '2020-W53',
      '2021-W01',
      '2021-W02',
    ]);
    expect(weeksBetween('2026-W10', '2026-W09')).toEqual([]);
  });
});
