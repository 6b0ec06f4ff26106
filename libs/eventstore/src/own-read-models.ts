import type { RecordedEvent } from './events';

/**
 * A service's own read models, as the event store sees them: something that applies recorded
 * events, at most once per stream version (a redelivery or a replay changes nothing, an older
 * version never overwrites a newer one). Two paths call it with the same events: the writer right
 * after its append, for read-your-writes (the fast path), and the relay before it publishes the
 * append's outbox entry (the guaranteed path: an entry is removed only once applied, so a writer
 * that dies between its append and its projection is repaired by the relay).
 */
export interface OwnReadModels {
  applyRecorded(events: readonly RecordedEvent[], options?: ReadModelApplyOptions): Promise<void>;
}

export interface ReadModelApplyOptions {
  /**
   * The writer's inline apply of appends this process made a moment ago, with no earlier event
   * of their streams left unsettled, and sooner after their insert than a relay elsewhere would
   * look at their entries (`FRESH_APPLY_MS`): no other process can have applied these versions,
   * so what this process remembers of the documents' guards is exact. Unset (the relay, a
   * rebuild, a repair), the guards are read.
   */
  readonly justAppended?: boolean;
}
