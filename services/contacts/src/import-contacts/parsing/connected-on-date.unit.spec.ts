import { parseConnectedOnDate } from './connected-on-date';

describe('parseConnectedOnDate', () => {
  it.each([
    ['14 Mar 2023', '2023-03-14'],
    ['1 Jan 2020', '2020-01-01'],
    ['  29 Feb 2024 ', '2024-02-29'],
    ['05 Sept 2019', '2019-09-05'],
    ['14 March 2023', '2023-03-14'],
    ['14-Mar-2023', '2023-03-14'],
    ['Mar 14, 2023', '2023-03-14'],
    ['03/14/2023', '2023-03-14'],
    ['3/4/2023', '2023-03-04'],
    ['25/12/2022', '2022-12-25'],
    ['2023-03-14', '2023-03-14'],
  ])('reads %p as %p', (value, expected) => {
    expect(parseConnectedOnDate(value)).toBe(expected);
  });

  it.each([
    ['29 Feb 2023'],
    ['31 Apr 2023'],
    ['14 Mrz 2023'],
    ['14 Ma 2023'],
    ['13/13/2023'],
    ['2023-02-30'],
    ['yesterday'],
    [''],
    [undefined],
  ])('leaves %p undefined', (value) => {
    expect(parseConnectedOnDate(value)).toBeUndefined();
  });
});
