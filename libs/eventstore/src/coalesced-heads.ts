import { backOff } from 'exponential-backoff';
import { counter } from '@rapport/platform';
import type { StreamRef } from './events';
import { headKey, type HeadMove, type StreamHeadDocument, type StreamHeads } from './stream-heads';

const headsBehind = counter(
  'rapport_stream_heads_behind_total',
  'Appends whose stream head could not be moved; readers probe past it, so only reads get slower',
);

/**
 * Versions a stream's stored head may lag behind what this process appended (and applied to its
 * read models) before an append writes it itself. It bounds what a load elsewhere probes past
 * the head: at most this many keys more, plus the appends of one flush interval.
 */
export const HEAD_MAX_LAG = 16;

/** How often the heads left behind are written, all in one bulk write, by a timer of their own. */
export const HEAD_FLUSH_MS = 500;

/** Updates per bulk write: FerretDB 1.24 may never answer one of 100 or more. */
const HEADS_PER_WRITE = 50;

/** Streams remembered at most; past it the clean ones are forgotten (loads then read the head). */
const MAX_STREAMS = 10_000;

interface Remembered {
  readonly stream: StreamRef;
  /** The newest head this process could write: its appends are whole and applied up to here. */
  move: HeadMove;
  /** The version last written to the stored head by this process (0: not known). */
  stored: number;
}

/**
 * Stream heads written now and then instead of after every append. A head is only a hint (readers
 * start from it and probe the next keys until one is missing), so an append need not move it: the
 * store remembers the newest head of each stream it appended to and writes it when it lags
 * `maxLag` versions behind (with that group's other heads), and otherwise in a flush every
 * `flushMs` of all the heads left behind, one bulk write for every stream. One flush at a time,
 * the next timed from the end of the last, so flushes never pile up on a slow server (as heads
 * written after the append returned once did). `flush` writes whatever is left (on close).
 *
 * A head written late, or never (a crash before the flush), costs a load the probe of the keys
 * past it, and a next writer the repeated apply of those events to the read models (guarded, so
 * it changes nothing): exactly what a writer that crashed between its events and its head costs.
 * This process's own loads start from what it remembers (`remembered`), so they read no more than
 * before, one key lookup less: the head it would have read.
 */
export class CoalescedHeads {
  private readonly known = new Map<string, Remembered>();
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  /** `known`'s size at which clean streams are next forgotten (see `forgetClean`). */
  private forgetAt = MAX_STREAMS;

  constructor(
    private readonly heads: StreamHeads,
    private readonly maxLag = HEAD_MAX_LAG,
    private readonly flushMs = HEAD_FLUSH_MS,
  ) {}

  /** The head this process would write for `stream` now, if it appended to it. */
  remembered(stream: StreamRef): StreamHeadDocument | undefined {
    const state = this.known.get(headKey(stream));
    if (!state) return undefined;
    const { version, snapshot } = state.move;
    return { _id: headKey(stream), version, ...(snapshot ? { snapshot } : {}) };
  }

  /**
   * Heads of appends whose events are whole and in the read models: those lagging `maxLag`
   * versions behind their stored head are written now (one bulk write), the others at the next
   * flush.
   */
  async advance(moves: readonly HeadMove[]): Promise<void> {
    const due: Remembered[] = [];
    for (const move of moves) {
      const state = this.remember(move);
      if (state.move.version - state.stored >= this.maxLag) {
        this.dirty.delete(headKey(move.stream));
        due.push(state);
      } else {
        this.dirty.add(headKey(move.stream));
      }
    }
    await this.write(due);
    this.schedule();
  }

  /** Writes every head left behind, after any flush in progress (a store closing). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flushing;
    await this.flushDirty();
  }

  private remember(move: HeadMove): Remembered {
    const key = headKey(move.stream);
    const state = this.known.get(key);
    if (!state) {
      if (this.known.size >= this.forgetAt) this.forgetClean();
      const fresh: Remembered = { stream: move.stream, move, stored: 0 };
      this.known.set(key, fresh);
      return fresh;
    }
    // Groups of one stream may finish out of order; the newest head wins, with its snapshot, or
    // the older snapshot when the newer append brought none (as `$max` and `$set` leave it).
    if (move.version > state.move.version) {
      state.move = move.snapshot ? move : { ...move, snapshot: state.move.snapshot };
    }
    return state;
  }

  /**
   * Forgets the clean streams. When most are dirty (a burst of new streams between two flushes)
   * little is forgotten, so the next pass waits until a quarter as many again are remembered:
   * each pass then pays for the streams added since the last, not one scan per new stream.
   */
  private forgetClean(): void {
    for (const key of this.known.keys()) if (!this.dirty.has(key)) this.known.delete(key);
    this.forgetAt = Math.max(MAX_STREAMS, this.known.size + MAX_STREAMS / 4);
  }

  private schedule(): void {
    if (this.timer || this.flushing || this.dirty.size === 0) return;
    // Unreferenced: a process that ends without closing its store leaves heads behind, which
    // costs loads a few probes, never a wrong answer.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flushing = this.flushDirty().finally(() => {
        this.flushing = undefined;
        this.schedule();
      });
    }, this.flushMs).unref();
  }

  private async flushDirty(): Promise<void> {
    const due = [...this.dirty].flatMap((key) => {
      const state = this.known.get(key);
      return state ? [state] : [];
    });
    this.dirty.clear();
    await this.write(due);
  }

  /**
   * A write refused for a moment (FerretDB answers SQLITE_BUSY under concurrent writes) is retried
   * briefly, then left: the heads stay behind (counted), and the stream's next append writes a
   * newer one.
   */
  private async write(states: readonly Remembered[]): Promise<void> {
    for (let i = 0; i < states.length; i += HEADS_PER_WRITE) {
      const slice = states.slice(i, i + HEADS_PER_WRITE);
      const moves = slice.map((state) => state.move);
      try {
        await backOff(() => this.heads.advanceMany(moves), {
          numOfAttempts: 5,
          startingDelay: 20,
          jitter: 'full',
        });
        slice.forEach((state, n) => {
          state.stored = Math.max(state.stored, moves[n]!.version);
        });
      } catch {
        headsBehind.inc(slice.length);
      }
    }
  }
}
