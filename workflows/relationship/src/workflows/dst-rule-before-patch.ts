import { toLocal, type CalendarDate } from '@rapport/platform/zoned-time';

/**
 * How this workflow turned a local time into an instant before the one DST rule: the offset read
 * twice. It answers by which side of UTC the zone lies (01:30 on London's autumn night is the
 * second one, on New York's the first; 02:30 on New York's spring night is 01:30 EST). Kept only so
 * runs recorded under it replay unchanged; delete it with the `one-dst-rule` patch.
 */
export function fromLocalBeforeOneDstRule(
  timeZone: string,
  date: CalendarDate,
  minutes: number,
): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const first = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(first, timeZone);
}

function offsetMs(at: number, timeZone: string): number {
  const local = toLocal(at, timeZone);
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  return asUtc - (at - (((at % 1000) + 1000) % 1000));
}
