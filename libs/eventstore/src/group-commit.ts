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

  constructor(
    private readonly write: (items: readonly T[]) => Promise<readonly GroupOutcome<R>[]>,
    private readonly limits: GroupLimits,
  ) {}

  submit(item: T, units: number): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, units, resolve, reject });
      this.startGroups();
    });
  }

  private startGroups(): void {
    while (this.queue.length > 0 && this.inFlight < (this.limits.maxInFlight ?? 1)) {
      this.inFlight += 1;
      void this.writeGroup(this.nextGroup());
    }
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
      this.startGroups();
    }
  }

  /** The oldest submissions that fit the limits, at least one, in arrival order. */
  private nextGroup(): Waiting<T, R>[] {
    let units = this.queue[0]!.units;
    let count = 1;
    while (
      count < this.queue.length &&
      count < this.limits.maxItems &&
      units + this.queue[count]!.units <= this.limits.maxUnits
    ) {
      units += this.queue[count]!.units;
      count += 1;
    }
    return this.queue.splice(0, count);
  }
}
