import type { TimelineEntry } from './timeline-entry';

/**
 * Chronological: by when it happened, then by stream and version so two lines of the same
 * instant keep the order their stream recorded them in, and the result never depends on arrival.
 */
export function inTimelineOrder(entries: Iterable<TimelineEntry>): TimelineEntry[] {
  return [...entries].sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0) ||
      a.version - b.version,
  );
}
