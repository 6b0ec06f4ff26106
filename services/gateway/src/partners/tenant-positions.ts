import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey, isDuplicateKeyError } from '@rapport/platform';

interface PositionDocument {
  /** `tenant|000000042` for a claimed position; `tenant` for the tenant's hint. */
  readonly _id: string;
  readonly value?: string;
  readonly next?: number;
}

const positionKey = (tenantId: string, position: number) =>
  `${tenantId}|${String(position).padStart(9, '0')}`;

/**
 * A per-tenant list in insertion order, read a page at a time (newest first) by `_id` only (the fast path): an
 * entry claims the next position by inserting `tenant|position` (a duplicate key means another
 * writer took it; nothing is counted in place, FerretDB loses concurrent `$inc`s), and a hint
 * document says roughly where the end is. The same scheme as the people list (people-list.ts),
 * which keeps whole people at its positions; this one keeps a value (an id) at each.
 */
export class TenantPositions {
  private readonly positions: Collection<PositionDocument>;

  constructor(db: Db, collection: string) {
    this.positions = db.collection<PositionDocument>(collection);
  }

  async claim(tenantId: string, value: string): Promise<number> {
    const hint = await this.positions.findOne({ _id: tenantId });
    for (let position = hint?.next ?? 0; ; position++) {
      try {
        await this.positions.insertOne({ _id: positionKey(tenantId, position), value });
      } catch (error) {
        if (isDuplicateKeyError(error)) continue;
        throw error;
      }
      // A lost or late hint update costs the next claim a few probes, never a wrong answer.
      await againOnDuplicateKey(() =>
        this.positions.updateOne(
          { _id: tenantId },
          { $max: { next: position + 1 } },
          { upsert: true },
        ),
      );
      return position;
    }
  }

  /**
   * The values of up to `size` positions before `before` (all of them when absent), newest first,
   * and the `before` of the next page while older ones remain.
   */
  async newestFirst(
    tenantId: string,
    before: number | undefined,
    size: number,
  ): Promise<{ values: string[]; next?: number }> {
    let end = before;
    if (end === undefined) {
      const hint = await this.positions.findOne({ _id: tenantId });
      end = hint?.next ?? 0;
      // The hint may lag behind a claim just made; probe past it.
      while (await this.positions.findOne({ _id: positionKey(tenantId, end) })) end++;
    }
    const first = Math.max(0, end - size);
    const found = await Promise.all(
      Array.from({ length: end - first }, (_, i) =>
        this.positions.findOne({ _id: positionKey(tenantId, end - 1 - i) }),
      ),
    );
    const values = found.flatMap((entry) => (entry?.value ? [entry.value] : []));
    return first > 0 ? { values, next: first } : { values };
  }
}
