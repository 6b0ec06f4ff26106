import { Inject, Injectable } from '@nestjs/common';
import { isDuplicateKeyError } from '@rapport/platform';
import { CLOCK, type Clock, DB } from '@rapport/service-skeleton';
import type { Collection, Db } from 'mongodb';
import { BROWSER_SESSIONS, SIGN_IN_ATTEMPTS } from '../sign-in/expiring-collections';
import { dayOf, ExpiryIndex } from './expiry-index';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A day is swept this long after it ends, so an instance whose clock runs late is not raced. */
export const SWEEP_GRACE_MS = 10 * 60 * 1000;
/** How far back the first sweep of a database looks (later ones resume where the last stopped). */
const FIRST_SWEEP_DAYS = 30;

interface SweepDocument {
  /** `lease|${window}` (who sweeps in that window) or `progress|${collection}` (last day swept). */
  readonly _id: string;
  readonly through?: string;
  readonly at?: Date;
}

export interface SweepReport {
  /** False when another instance holds this window's lease. */
  readonly ran: boolean;
  /** Documents deleted, by collection. */
  readonly removed: Readonly<Record<string, number>>;
  /** The days swept, first and last, when any. */
  readonly days?: { readonly from: string; readonly through: string };
}

const addDays = (day: string, days: number) =>
  dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

/**
 * Deletes expired browser sessions and sign-in attempts by key, day by day from their expiry
 * indexes, once a day is over. One instance sweeps per window: the first to insert the window's
 * lease by `_id` (a duplicate key means another has it). A sweep that outlives its window may
 * overlap the next one; both delete by `_id`, so that only costs reads.
 */
@Injectable()
export class SignInSweep {
  private readonly runs: Collection<SweepDocument>;
  private readonly indexes: ExpiryIndex[];

  constructor(
    @Inject(DB) db: Db,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.runs = db.collection<SweepDocument>('sweep_runs');
    this.indexes = [BROWSER_SESSIONS, SIGN_IN_ATTEMPTS].map((name) => new ExpiryIndex(db, name));
  }

  /** The periodic sweep: runs when this instance wins the lease of the window `now` falls in. */
  async sweepInWindow(windowMs: number): Promise<SweepReport> {
    const now = this.clock();
    const window = Math.floor(now.getTime() / windowMs) * windowMs;
    try {
      await this.runs.insertOne({ _id: `lease|${new Date(window).toISOString()}`, at: now });
    } catch (error) {
      if (isDuplicateKeyError(error)) return { ran: false, removed: {} };
      throw error;
    }
    // The previous window's lease is no longer needed; leases never pile up.
    await this.runs.deleteOne({ _id: `lease|${new Date(window - windowMs).toISOString()}` });
    return this.sweep();
  }

  /** Sweeps every day that is over and not yet swept (on demand, or under a lease). */
  async sweep(): Promise<SweepReport> {
    const lastDay = addDays(dayOf(new Date(this.clock().getTime() - SWEEP_GRACE_MS)), -1);
    const removed: Record<string, number> = {};
    let from: string | undefined;
    for (const index of this.indexes) {
      const progressId = `progress|${index.collection}`;
      const progress = await this.runs.findOne({ _id: progressId });
      const first = progress?.through
        ? addDays(progress.through, 1)
        : addDays(lastDay, 1 - FIRST_SWEEP_DAYS);
      let count = 0;
      for (let day = first; day <= lastDay; day = addDays(day, 1)) {
        const removedThatDay = await index.sweepDay(day);
        count += removedThatDay;
        // Recorded after each day that had work, so that a sweep cut short resumes there.
        if (removedThatDay > 0 || day === lastDay) await this.recordProgress(progressId, day);
      }
      removed[index.collection] = count;
      if (first <= lastDay && (from === undefined || first < from)) from = first;
    }
    return from ? { ran: true, removed, days: { from, through: lastDay } } : { ran: true, removed };
  }

  private async recordProgress(progressId: string, day: string): Promise<void> {
    // $max: an on-demand sweep beside the periodic one never moves the mark back.
    try {
      await this.runs.updateOne({ _id: progressId }, { $max: { through: day } }, { upsert: true });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.runs.updateOne({ _id: progressId }, { $max: { through: day } });
    }
  }
}
