import type { Collection, Db } from 'mongodb';
import { againOnDuplicateKey, isDuplicateKeyError } from '@rapport/platform';
import {
  listKey,
  PEOPLE_LIST,
  type PeopleListDocument,
} from '../institutions/projections/institution-read-models';

interface SlotDocument {
  /** `tenant|position` for a claimed slot; `tenant` for the tenant's hint. */
  readonly _id: string;
  readonly personId?: string;
  readonly next?: number;
}

export const PEOPLE_PAGE_SIZE = 50;

/**
 * An institution's people in enrolment order, for 100k people without a scan: each enrolment
 * first claims the next position by inserting `tenant|position` (a duplicate key means someone
 * took it; positions are never counted in place, FerretDB loses concurrent `$inc`s), and the
 * `people_list` read model keeps one document per position. A page is read by `_id`, position by
 * position. A claim whose enrolment lost a race leaves a hole; pages skip holes and removed people,
 * so a page may hold fewer than its size, and the cursor still moves on.
 */
export class PeopleList {
  private readonly slots: Collection<SlotDocument>;
  private readonly list: Collection<PeopleListDocument>;

  constructor(db: Db) {
    this.slots = db.collection<SlotDocument>('people_list_slots');
    this.list = db.collection<PeopleListDocument>(PEOPLE_LIST);
  }

  async claim(tenantId: string, personId: string): Promise<number> {
    const hint = await this.slots.findOne({ _id: tenantId });
    for (let position = hint?.next ?? 0; ; position++) {
      try {
        await this.slots.insertOne({ _id: listKey(tenantId, position), personId });
      } catch (error) {
        if (isDuplicateKeyError(error)) continue;
        throw error;
      }
      // A lost or late hint update costs the next claim a few probes, never a wrong answer.
      await againOnDuplicateKey(() =>
        this.slots.updateOne({ _id: tenantId }, { $max: { next: position + 1 } }, { upsert: true }),
      );
      return position;
    }
  }

  /** Up to a page of people from position `from` on, and where the next page starts. */
  async page(
    tenantId: string,
    from: number,
  ): Promise<{ people: PeopleListDocument[]; next?: number }> {
    const hint = await this.slots.findOne({ _id: tenantId });
    let end = hint?.next ?? 0;
    // The hint may lag behind a claim just made; probe past it.
    while (await this.slots.findOne({ _id: listKey(tenantId, end) })) end++;
    const last = Math.min(end, from + PEOPLE_PAGE_SIZE);
    const found = await Promise.all(
      Array.from({ length: Math.max(0, last - from) }, (_, i) =>
        this.list.findOne({ _id: listKey(tenantId, from + i) }),
      ),
    );
    const people = found.filter(
      (entry): entry is PeopleListDocument => entry !== null && entry.status === 'enrolled',
    );
    return last < end ? { people, next: last } : { people };
  }
}
