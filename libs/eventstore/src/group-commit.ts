/** One submitter's outcome in a group: its own value or its own error. */
export type GroupOutcome<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

export interface GroupLimits {
  /** Most submissions written together. */
  readonly maxItems: number;
  /** Most units (events) written together; a submission larger than this goes alone. */
  readonly maxUnits: number;
}

interface Waiting<T, R> {
  readonly item: T;
  readonly units: number;
  readonly resolve: (value: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: submissions that arrive while a group is being written wait for it to finish and
 * then go together, as one group, so that N concurrent writers cost one round of writes instead of
 * N. An idle queue writes a submission at once: there is no timer, so a lone writer never waits,
 * and under load the group grows by itself to what arrived during one write (bounded by `limits`).
 * `write` answers one outcome per item, in order; if it throws, every item of the group gets that
 * error.
 */
export class GroupCommit<T, R> {
  private readonly queue: Waiting<T, R>[] = [];
  private writing = false;

  constructor(
    private readonly write: (items: readonly T[]) => Promise<readonly GroupOutcome<R>[]>,
    private readonly limits: GroupLimits,
  ) {}

  submit(item: T, units: number): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, units, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  /** Writes groups until the queue is empty; never rejects (each failure goes to its submitters). */
  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.nextGroup();
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
        }
      }
    } finally {
      this.writing = false;
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
