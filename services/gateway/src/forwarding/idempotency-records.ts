import { createHash } from 'node:crypto';
import { Binary, type Collection, type Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import { ConflictProblem, UnprocessableProblem, ValidationProblem } from '@rapport/platform/http';
import type { ForwardedResponse } from './service-forwarder';

interface IdempotencyRecord {
  /** `${tenantId}|${actorId}|${key}`: a key means something only to the caller who chose it. */
  readonly _id: string;
  readonly fingerprint: string;
  readonly createdAt: Date;
  readonly response?: { status: number; headers: Record<string, string>; body: Binary };
}

/** How long a key is remembered; a retry after that is a new request. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;
const KEY = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestFingerprint(method: string, url: string, body: Buffer | undefined): string {
  return createHash('sha256')
    .update(`${method} ${url}\n`)
    .update(body ?? Buffer.alloc(0))
    .digest('base64url');
}

/**
 * `Idempotency-Key` on POST: the first request with a key runs and its answer is kept; a retry
 * with the same key and the same request gets that answer again; the same key on a different
 * request is refused (422), and a retry while the first is still running too (409). One document
 * per key, claimed by inserting it (a duplicate key is the race lost), never read-then-written.
 */
export class IdempotencyRecords {
  private readonly records: Collection<IdempotencyRecord>;

  constructor(db: Db) {
    this.records = db.collection<IdempotencyRecord>('idempotency_records');
  }

  static idOf(tenantId: string, actorId: string, key: string): string {
    if (!KEY.test(key)) {
      throw new ValidationProblem([
        { pointer: '#/headers/idempotency-key', detail: 'must be 1–128 of A–Z a–z 0–9 . _ : -' },
      ]);
    }
    return `${tenantId}|${actorId}|${key}`;
  }

  /** Claims the key (undefined: go ahead), or returns the answer to replay. */
  async claim(id: string, fingerprint: string, now: Date): Promise<ForwardedResponse | undefined> {
    try {
      await this.records.insertOne({ _id: id, fingerprint, createdAt: now });
      return undefined;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const existing = await this.records.findOne({ _id: id });
    if (!existing || now.getTime() - existing.createdAt.getTime() > IDEMPOTENCY_WINDOW_MS) {
      // Forgotten since (or expired): start over under the same key.
      try {
        await this.records.replaceOne(
          { _id: id },
          { fingerprint, createdAt: now },
          { upsert: true },
        );
      } catch (error) {
        // Another request claimed the forgotten key first (FerretDB does not retry the upsert's
        // insert): the race is lost, as for the insert above, so answer as that claim says.
        if (!isDuplicateKeyError(error)) throw error;
        return this.claim(id, fingerprint, now);
      }
      return undefined;
    }
    if (existing.fingerprint !== fingerprint) {
      throw new UnprocessableProblem(
        'This Idempotency-Key was used for a different request; use a new key',
      );
    }
    if (!existing.response) {
      throw new ConflictProblem('The request with this Idempotency-Key is still being processed');
    }
    const { status, headers, body } = existing.response;
    return { status, headers, body: Buffer.from(body.read(0, body.length())) };
  }

  async remember(id: string, response: ForwardedResponse): Promise<void> {
    await this.records.updateOne(
      { _id: id },
      {
        $set: {
          response: {
            status: response.status,
            headers: { ...response.headers },
            body: new Binary(response.body),
          },
        },
      },
    );
  }

  /** Lets a retry run again (the service failed or could not be reached). */
  async release(id: string): Promise<void> {
    await this.records.deleteOne({ _id: id });
  }
}
