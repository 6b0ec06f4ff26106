/** One submitter's outcome in a group: its own value or its own error. */
export type GroupOutcome<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

export interface GroupLimits {
  /** Most submissions written together. */
  readonly maxItems: number;
  /** Most units (events) written together; a submission larger than this goes alone. */
  readonly maxUnits: number;
  /**
   * Groups written at once (default 1). More than one keeps a server that works on several
   * requests at a time busy when there are few writers; 1 keeps groups in arrival order.
   */
  readonly maxInFlight?: number;
}

interface Waiting<T, R> {
  readonly item: T;
  readonly units: number;
  /** Submissions with the same key are never in two groups in flight at once (see `submit`). */
  readonly key: string | undefined;
  readonly resolve: (value: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: submissions that arrive while groups are being written wait for one to finish and
 * then go together, as one group, so that N concurrent writers cost one round of writes instead of
 * N. While fewer than `maxInFlight` groups are being written a submission goes at once: there is
 * no timer, so a lone writer never waits, and under load a group grows by itself to what arrived
 * during one write (bounded by `limits`). `write` answers one outcome per item, in order; if it
 * throws, every item of the group gets that error.
 */
export class GroupCommit<T, R> {
  private readonly queue: Waiting<T, R>[] = [];
  private inFlight = 0;
  /** Keys of the submissions in the groups being written, with how many of each. */
  private readonly busy = new Map<string, number>();

  constructor(
    private readonly write: (items: readonly T[]) => Promise<readonly GroupOutcome<R>[]>,
    private readonly limits: GroupLimits,
  ) {}

  /**
   * `key`: submissions sharing a key are written in submission order, one group after the other:
   * while a group holding the key is being written, later submissions with that key wait (and so
   * do the ones behind them with the same key), and submissions with other keys may go past them
   * into the next group. Without a key, only arrival order and `maxInFlight` apply.
   */
  submit(item: T, units: number, key?: string): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, units, key, resolve, reject });
      this.startGroups();
    });
  }

  private startGroups(): void {
    while (this.queue.length > 0 && this.inFlight < (this.limits.maxInFlight ?? 1)) {
      const group = this.nextGroup();
      if (group.length === 0) return;
      this.inFlight += 1;
      for (const { key } of group) if (key !== undefined) this.hold(key, 1);
      void this.writeGroup(group);
    }
  }

  private hold(key: string, delta: number): void {
    const count = (this.busy.get(key) ?? 0) + delta;
    if (count > 0) this.busy.set(key, count);
    else this.busy.delete(key);
  }

  /** Writes one group, then starts what waited; never rejects (failures go to the submitters). */
  private async writeGroup(group: readonly Waiting<T, R>[]): Promise<void> {
    try {
      const outcomes = await this.write(group.map((waiting) => waiting.item));
      group.forEach((waiting, i) => {
        const outcome = outcomes[i];
        if (!outcome) waiting.reject(new Error('group commit: no outcome for a submission'));
        else if (outcome.ok) waiting.resolve(outcome.value);
        else waiting.reject(outcome.error);
      });
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
    } finally {
      this.inFlight -= 1;
      for (const { key } of group) if (key !== undefined) this.hold(key, -1);
      this.startGroups();
    }
  }

  /**
   * The oldest submissions that fit the limits, in arrival order, skipping those whose key is held
   * by a group in flight (and, to keep a key's order, every later one with a key skipped); at least
   * one unless every submission waits for its key.
   */
  private nextGroup(): Waiting<T, R>[] {
    const group: Waiting<T, R>[] = [];
    const skipped = new Set<string>();
    let units = 0;
    let i = 0;
    while (i < this.queue.length && group.length < this.limits.maxItems) {
      const waiting = this.queue[i]!;
      const { key } = waiting;
      if (key !== undefined && (this.busy.has(key) || skipped.has(key))) {
        skipped.add(key);
        i += 1;
        continue;
      }
      if (group.length > 0 && units + waiting.units > this.limits.maxUnits) break;
      group.push(waiting);
      units += waiting.units;
      this.queue.splice(i, 1);
    }
    return group;
  }
}
