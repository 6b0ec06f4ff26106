import { createHash } from 'node:crypto';

/**
 * A string usable as a field name in a read-model document: ids may hold `.` (a path separator to
 * MongoDB) or a leading `$` (an operator), so both are percent-encoded; decodeURIComponent undoes it.
 */
export function fieldKey(id: string): string {
  return encodeURIComponent(id).replace(/\./g, '%2E');
}

/**
 * A member's per-screen read models are split into this many documents by contact, so one change
 * rewrites a sixteenth of the member's data and a screen is sixteen reads by `_id`.
 */
export const MEMBER_BUCKETS = 16;

/** The bucket a contact's entries live in: stable, and spread evenly whatever the id looks like. */
export function bucketOf(contactId: string): number {
  return createHash('sha1').update(contactId).digest()[0]! % MEMBER_BUCKETS;
}

export function memberBucketIds(prefix: string): string[] {
  return Array.from({ length: MEMBER_BUCKETS }, (_, bucket) => `${prefix}|${bucket}`);
}
