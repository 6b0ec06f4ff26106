/**
 * Work queued per key in this process: each call for a key starts once the one before it has
 * settled, and calls for other keys run alongside. The funnel uses it twice: a member's applies
 * (so "before" is still true at "after"), and each counter document's `$inc`. FerretDB 1.24
 * applies an update by reading the document and writing it back whole, so two increments of one
 * document sent together can keep only one (60 concurrent first requests in one tenant were counted
 * as 48); on MongoDB `$inc` is atomic and the queue costs one document's round trip of waiting.
 */
export class OneAtATime {
  private readonly running = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.running.get(key) ?? Promise.resolve();
    const turn = previous.catch(() => undefined).then(work);
    this.running.set(key, turn);
    try {
      return await turn;
    } finally {
      if (this.running.get(key) === turn) this.running.delete(key);
    }
  }
}

/** Counter documents' increments, one at a time per `_id`, for every collection of this process. */
export const counterWrites = new OneAtATime();
