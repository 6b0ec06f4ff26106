import type { TimelineEntry } from './timeline-entry';
import { inTimelineOrder } from './timeline-order';

const line = (eventId: string, at: string, streamId: string, version: number): TimelineEntry => ({
  eventId,
  kind: 'touch-logged',
  at: new Date(at),
  touch: true,
  details: {},
  streamId,
  version,
});

describe('inTimelineOrder', () => {
  it('orders by time, then by stream and version, whatever order the lines arrived in', () => {
    const lines = [
      line('c', '2026-03-02T10:00:00Z', 'outreach:a', 2),
      line('b', '2026-03-02T10:00:00Z', 'outreach:a', 1),
      line('d', '2026-03-02T10:00:00Z', 'interview:a', 7),
      line('a', '2026-03-01T10:00:00Z', 'outreach:a', 3),
    ];
    const expected = ['a', 'd', 'b', 'c'];
    expect(inTimelineOrder(lines).map((entry) => entry.eventId)).toEqual(expected);
    expect(inTimelineOrder([...lines].reverse()).map((entry) => entry.eventId)).toEqual(expected);
  });
});
