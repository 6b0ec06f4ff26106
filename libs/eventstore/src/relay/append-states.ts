import type { EventDocument, OutboxDocument } from '../event-document';
import { ABANDONED_BATCH_MS, type EventStore } from '../event-store';
import type { BulkOutboxDocument } from '../start-streams';

export type AppendState = 'whole' | 'abandoned' | 'wait';

/** An append's state, with its last event when the lookup found it (read in full for the read models). */
export interface AppendLookup {
  readonly state: AppendState;
  readonly last?: EventDocument;
}

/**
 * What became of the append behind an outbox entry that was not written committed, told by one
 * key lookup: the entry's last event. Stored with the entry's token: the whole batch is in (an
 * ordered insert writes front to back). Another batch at that position: the append lost a race
 * (or its writer crashed before removing the entry), so nothing of it will ever be stored. No event
 * yet: the writer is on its way, unless the entry is older than ABANDONED_BATCH_MS by the writer's
 * clock *and* this relay has itself seen it missing for `missingForMs`, so that a writer whose
 * clock runs behind, or that stalls, is not taken for a crashed one.
 */
export class AppendStates {
  /** When this relay first saw each entry whose events were missing. */
  private readonly missingSince = new Map<string, number>();
  /** When this relay first saw each entry its writer had not marked committed. */
  private readonly unmarkedSince = new Map<string, number>();

  /**
   * `wholeEvents`: read the last event in full (it serves the read models); else its batch only.
   * `markGraceMs`: how long an entry waits for its writer's commit mark before the relay looks its
   * events up itself (a live writer marks its group's entries once their events and read models
   * are in; looking them up sooner would only repeat its work: the lookups, and with read models
   * the guarded writes). Without read models (`wholeEvents` false) an entry older than the grace
   * by its writer's clock is looked up at once: a writer without read models marks only what a
   * relay of its own process took, so waiting would only delay its other entries, and a clock
   * that runs behind costs a lookup too early, never a wrong answer (the token decides). With read
   * models the grace is timed on this relay's clock alone: `FRESH_APPLY_MS` counts on it.
   */
  constructor(
    private readonly store: EventStore,
    private readonly missingForMs: number,
    private readonly wholeEvents = false,
    private readonly markGraceMs = 0,
  ) {}

  async stateOf(entry: OutboxDocument): Promise<AppendLookup> {
    const state = await this.lookUp(entry);
    return typeof state === 'string' ? { state } : state;
  }

  private async lookUp(entry: OutboxDocument): Promise<AppendState | AppendLookup> {
    const now = Date.now();
    // A bulk round inserts unordered, so its last event can be in while an earlier one was refused
    // (the stream existed): such an entry waits for its round's marker, or to be old.
    const bulk = (entry as BulkOutboxDocument).bulkRound !== undefined;
    if (bulk && now - entry.createdAt.getTime() <= ABANDONED_BATCH_MS) return 'wait';
    const graceOver = !this.wholeEvents && now - entry.createdAt.getTime() >= this.markGraceMs;
    if (!bulk && this.markGraceMs > 0 && !graceOver) {
      // Timed on the relay's own clock, so a writer's clock cannot shorten or stretch the wait.
      if (this.unmarkedSince.size > 10_000) this.unmarkedSince.clear();
      const since = this.unmarkedSince.get(entry._id) ?? now;
      this.unmarkedSince.set(entry._id, since);
      if (now - since < this.markGraceMs) return 'wait';
      this.unmarkedSince.delete(entry._id);
    }
    const last = await this.store.events.findOne(
      { _id: entry.lastEventKey },
      this.wholeEvents ? {} : { projection: { batch: 1 } },
    );
    if (last) {
      this.missingSince.delete(entry._id);
      return last.batch.token === entry._id ? { state: 'whole', last } : 'abandoned';
    }
    if (now - entry.createdAt.getTime() <= ABANDONED_BATCH_MS) return 'wait';
    // Entries another instance settled are never seen again here; a bound keeps that from adding up.
    if (this.missingSince.size > 10_000) this.missingSince.clear();
    const since = this.missingSince.get(entry._id) ?? now;
    this.missingSince.set(entry._id, since);
    if (now - since < this.missingForMs) return 'wait';
    this.missingSince.delete(entry._id);
    return 'abandoned';
  }
}
