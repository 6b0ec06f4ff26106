import type { Collection } from 'mongodb';

const SWEEP_EVERY_MS = 2_000;

/**
 * Deletes leased blocks by `_id` once every slot in them has overflowed: a bucket keeps only the
 * blocks of its current window, and the request path never waits for a delete. Runs on a timer
 * that does not hold the process open; a block whose instance stopped before its sweep is
 * deleted by the next instance that leases in that bucket (see `RateBuckets`).
 */
export class BlockSweep {
  /** `_id` → the time (ms) from which no slot of the block can be spent. */
  private readonly due = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly blocks: Collection<{ _id: string }>) {}

  schedule(id: string, expiresAtMs: number): void {
    this.due.set(id, expiresAtMs);
    if (!this.timer) {
      this.timer = setInterval(
        () => void this.run(Date.now()).catch(() => undefined),
        SWEEP_EVERY_MS,
      );
      this.timer.unref();
    }
  }

  /** Deletes what is due by `nowMs`, one `_id` at a time (a running sweep is joined); how many existed. */
  run(nowMs: number): Promise<number> {
    this.running ??= this.deleteDue(nowMs).finally(() => (this.running = undefined));
    return this.running;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async deleteDue(nowMs: number): Promise<number> {
    const ids = [...this.due].filter(([, at]) => at <= nowMs).map(([id]) => id);
    let deleted = 0;
    for (const id of ids) {
      // Deleted one by one: `{_id: {$in}}` would scan the collection on the embedded database.
      deleted += (await this.blocks.deleteOne({ _id: id })).deletedCount;
      this.due.delete(id);
    }
    return deleted;
  }
}
