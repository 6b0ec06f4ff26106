import { DEFAULT_KEEP_IN_TOUCH_WEEKS, relationshipHealth } from './relationship-health';
import type { TimelineEntry } from './timeline-entry';

const DAY = 24 * 60 * 60 * 1000;
const touchedAt = new Date('2026-01-05T10:00:00Z');
const after = (days: number) => new Date(touchedAt.getTime() + days * DAY);
const entry = (
  kind: TimelineEntry['kind'],
  at: Date,
  extra: Partial<TimelineEntry> = {},
): TimelineEntry => ({
  eventId: `${kind}-${at.getTime()}`,
  kind,
  at,
  touch: false,
  details: {},
  streamId: 's',
  version: 1,
  ...extra,
});
const touched = [entry('touch-logged', touchedAt, { touch: true })];

describe('relationshipHealth', () => {
  const cadenceDays = DEFAULT_KEEP_IN_TOUCH_WEEKS * 7;

  it('is green up to the cadence, amber past it, red past one and a half cadences', () => {
    const colourAt = (days: number) => relationshipHealth(touched, touchedAt, after(days)).colour;
    expect(colourAt(0)).toBe('green');
    expect(colourAt(cadenceDays - 1)).toBe('green');
    expect(colourAt(cadenceDays)).toBe('amber');
    expect(colourAt(cadenceDays * 1.5 - 1)).toBe('amber');
    expect(colourAt(cadenceDays * 1.5)).toBe('red');
  });

  it('says when it turns amber and red, for the cadence given', () => {
    const health = relationshipHealth(touched, touchedAt, after(1), 2);
    expect(health).toMatchObject({
      cadenceWeeks: 2,
      since: touchedAt,
      amberFrom: after(14),
      redFrom: after(21),
    });
  });

  it('stays green while a conversation is planned ahead, whatever the last touch', () => {
    const scheduled = entry('interview-scheduled', after(100), {
      interviewId: 'i-1',
      details: { startsAt: after(110).toISOString() },
    });
    const health = relationshipHealth([...touched, scheduled], touchedAt, after(105));
    expect(health).toMatchObject({ colour: 'green', reason: 'interview-planned' });
    // Once it is cancelled, the time since the last touch counts again.
    const cancelled = entry('interview-cancelled', after(106), { interviewId: 'i-1' });
    expect(
      relationshipHealth([...touched, scheduled, cancelled], touchedAt, after(107)).colour,
    ).toBe('red');
    // And a start that has passed plans nothing.
    expect(relationshipHealth([...touched, scheduled], touchedAt, after(111)).colour).toBe('red');
  });

  it('counts from the first line when there was no touch yet', () => {
    const untouched = [entry('outreach-closed', touchedAt)];
    const health = relationshipHealth(untouched, undefined, after(cadenceDays + 1));
    expect(health).toMatchObject({ colour: 'amber', since: touchedAt });
  });
});
