import { createHash } from 'node:crypto';
import type { ProjectionStore } from '@rapport/messaging';

/**
 * A member's read model spread over a fixed number of bucket documents, `_id` =
 * `tenant|member|bucket`, each holding `rows`: a map from the (escaped) contact id to that contact's
 * row. The embedded database reaches an index only through a filter on `_id` alone, so a screen
 * reads its member's buckets one `_id` at a time and never another member's rows, and a change to
 * one contact rewrites one bucket, not the member's whole list.
 */
export interface BucketDocument<Row> {
  _id: string;
  tenantId: string;
  memberId: string;
  rows?: Record<string, Row>;
}

export interface MemberBuckets {
  /** The read model's name (its collection before any rebuild). */
  readonly name: string;
  readonly count: number;
}

export function bucketOf(buckets: MemberBuckets, contactId: string): number {
  return createHash('sha1').update(contactId).digest().readUInt32BE(0) % buckets.count;
}

export function bucketId(tenantId: string, memberId: string, bucket: number): string {
  return `${tenantId}|${memberId}|${String(bucket).padStart(3, '0')}`;
}

export function memberBucketIds(buckets: MemberBuckets, tenantId: string, memberId: string) {
  return Array.from({ length: buckets.count }, (_, bucket) => bucketId(tenantId, memberId, bucket));
}

/**
 * A contact id as a field name: field paths split on dots and operators start with `$`, so both
 * (and the escape character itself) are percent-encoded. Contact ids are letters, digits, `-` and
 * `_` today, which pass through unchanged.
 */
export function rowKey(contactId: string): string {
  return contactId.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Where a contact's row lives: its bucket document and the field path of the row in it. */
export function rowAddress(
  buckets: MemberBuckets,
  tenantId: string,
  memberId: string,
  contactId: string,
): { id: string; path: string } {
  const bucket = bucketOf(buckets, contactId);
  return { id: bucketId(tenantId, memberId, bucket), path: `rows.${rowKey(contactId)}` };
}

/** Reads the member's bucket documents, each by its `_id` alone (see the interface above). */
export async function readMemberBuckets<Row>(
  store: ProjectionStore,
  buckets: MemberBuckets,
  tenantId: string,
  memberId: string,
): Promise<BucketDocument<Row>[]> {
  const collection = await store.active<BucketDocument<Row>>(buckets.name);
  const docs = await Promise.all(
    memberBucketIds(buckets, tenantId, memberId).map((_id) => collection.findOne({ _id })),
  );
  return docs.flatMap((doc) => (doc ? [doc as BucketDocument<Row>] : []));
}

/** Every row of the member, in no particular order. */
export async function readMemberRows<Row>(
  store: ProjectionStore,
  buckets: MemberBuckets,
  tenantId: string,
  memberId: string,
): Promise<Row[]> {
  const docs = await readMemberBuckets<Row>(store, buckets, tenantId, memberId);
  return docs.flatMap((doc) => Object.values(doc.rows ?? {}));
}

/** One contact's row: a read of its bucket by `_id`. */
export async function readRow<Row>(
  store: ProjectionStore,
  buckets: MemberBuckets,
  tenantId: string,
  memberId: string,
  contactId: string,
): Promise<Row | undefined> {
  const { id } = rowAddress(buckets, tenantId, memberId, contactId);
  const collection = await store.active<BucketDocument<Row>>(buckets.name);
  const doc = await collection.findOne({ _id: id });
  return doc?.rows?.[rowKey(contactId)];
}
