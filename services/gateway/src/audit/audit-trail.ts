import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';

export interface AuditEntry {
  readonly tenantId: string;
  readonly actor: { readonly id: string; readonly role: string };
  /** `PUT /v1/members/ada/profile`, `partner-client.revoked`, … */
  readonly action: string;
  readonly target: string;
  readonly requestId: string;
  /** The HTTP status the request was answered with. */
  readonly outcome: number;
  readonly at: Date;
}

interface AuditDocument extends AuditEntry {
  /** `${tenantId}|${day}|${seq}` for a record; `${tenantId}|${day}` for the day's hint. */
  readonly _id: string;
  readonly seq?: number;
  readonly next?: number;
}

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The audit trail: one record per state-changing request and admin action, numbered per tenant and
 * day. A record claims its number by insert (a duplicate key means someone took it; FerretDB loses
 * concurrent `$inc`s, so numbers are never counted in place), starting from a hint. Reading a page
 * is a handful of reads by `_id`, newest first, with the number as the cursor: no scans.
 */
export class AuditTrail {
  private readonly records: Collection<AuditDocument>;

  constructor(db: Db) {
    this.records = db.collection<AuditDocument>('audit_records');
  }

  async record(entry: AuditEntry): Promise<void> {
    const bucket = `${entry.tenantId}|${day(entry.at)}`;
    const hint = await this.records.findOne({ _id: bucket });
    for (let seq = hint?.next ?? 0; ; seq++) {
      try {
        await this.records.insertOne({ _id: `${bucket}|${seq}`, seq, ...entry });
      } catch (error) {
        if (isDuplicateKeyError(error)) continue;
        throw error;
      }
      await this.moveHint(bucket, seq + 1);
      return;
    }
  }

  /** Up to `limit` records of the day, newest first, before the cursor `before` when given. */
  async page(
    tenantId: string,
    onDay: string,
    options: { before?: number; limit: number },
  ): Promise<{ records: (AuditEntry & { seq: number })[]; next?: number }> {
    const bucket = `${tenantId}|${onDay}`;
    const hint = await this.records.findOne({ _id: bucket });
    // The hint may lag behind a record just written; probe past it for the newest.
    let newest = (hint?.next ?? 0) - 1;
    while (await this.records.findOne({ _id: `${bucket}|${newest + 1}` })) newest++;
    const from = Math.min(newest, (options.before ?? newest + 1) - 1);
    const seqs = Array.from(
      { length: Math.max(0, Math.min(options.limit, from + 1)) },
      (_, i) => from - i,
    );
    const found = await Promise.all(
      seqs.map((seq) => this.records.findOne({ _id: `${bucket}|${seq}` })),
    );
    const records = found
      .filter((record): record is AuditDocument & { seq: number } => record?.seq !== undefined)
      .map(({ tenantId: tenant, actor, action, target, requestId, outcome, at, seq }) => ({
        tenantId: tenant,
        actor,
        action,
        target,
        requestId,
        outcome,
        at,
        seq,
      }));
    const last = seqs[seqs.length - 1];
    return last !== undefined && last > 0 ? { records, next: last } : { records };
  }

  private async moveHint(bucket: string, next: number): Promise<void> {
    try {
      await this.records.updateOne({ _id: bucket }, { $max: { next } }, { upsert: true });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.records.updateOne({ _id: bucket }, { $max: { next } });
    }
  }
}
