import { BSON } from 'mongodb';
import type { Projection } from '@rapport/messaging';
import { LIMITS, TAG_KINDS } from '../domain/contact-details';
import type { ContactEvent } from '../domain/contact.events';
import type { ContactEventAt } from './contact-event-at';
import { contactListProjection, LIST_BUCKETS } from './contact-list.projection';
import {
  bucketOf,
  type MemberBuckets,
  memberBucketIds,
  rowAddress,
  rowKey,
} from './member-buckets';
import { GRAPH_BUCKETS, referralGraphProjection } from './referral-graph.projection';

const at = new Date('2026-03-01T09:00:00Z');
const contactIds = Array.from({ length: 10_000 }, (_, i) => `c-${i.toString(36).padStart(6, '0')}`);

/** A contact with every field and tag at its limit: the largest row the list can hold. */
function largestAdd(contactId: string): ContactEvent {
  const text = (n: number) => 'x'.repeat(n);
  return {
    type: 'ContactAdded',
    data: {
      memberId: 'member-ada',
      contactId,
      details: {
        givenName: text(LIMITS.name),
        familyName: text(LIMITS.name),
        email: `${text(LIMITS.email - 12)}@example.org`,
        phone: text(LIMITS.phone),
        linkedinUrl: `https://www.linkedin.com/in/${text(LIMITS.url - 28)}`,
        organisation: text(LIMITS.organisation),
        role: text(LIMITS.role),
        industry: text(LIMITS.industry),
        howWeMet: text(LIMITS.howWeMet),
      },
      warmth: 'warm',
      source: 'former-colleague',
      tags: Array.from({ length: LIMITS.tags }, (_, i) => ({
        kind: TAG_KINDS[i % TAG_KINDS.length]!,
        value: `${i}`.padEnd(LIMITS.tag, 'y'),
      })),
      origin: { via: 'manual' },
      addedAt: at.toISOString(),
    },
  };
}

/** The fullest bucket's BSON size when a member has 10,000 such contacts, guards included. */
function fullestBucketBytes(
  buckets: MemberBuckets,
  projection: Projection<ContactEventAt>,
): number {
  const members = new Map<number, string[]>();
  for (const id of contactIds) {
    const bucket = bucketOf(buckets, id);
    members.set(bucket, [...(members.get(bucket) ?? []), id]);
  }
  const fullest = [...members.values()].reduce((a, b) => (b.length > a.length ? b : a));
  const doc: Record<string, unknown> = { rows: {}, _applied: {} };
  for (const contactId of fullest) {
    const [change] = projection.project({
      tenantId: 'uni-a',
      streamId: `member-ada/${contactId}`,
      version: 1,
      occurredAt: at,
      event: largestAdd(contactId),
    });
    doc['_id'] = change!.id;
    for (const [path, value] of Object.entries(change!.update.$set as Record<string, unknown>)) {
      const [head, key] = path.split('.');
      if (head === 'rows') (doc['rows'] as Record<string, unknown>)[key!] = value;
      else doc[path] = value;
    }
    // The runtime's guard: a 16-character stream key and a version, per contact.
    (doc['_applied'] as Record<string, number>)[contactId.padEnd(16, '_')] = 1;
  }
  return BSON.calculateObjectSize(doc);
}

describe('member buckets', () => {
  it('keeps the fullest bucket under MongoDB’s 16 MB at 10,000 contacts at every limit', () => {
    const list = fullestBucketBytes(LIST_BUCKETS, contactListProjection);
    const graph = fullestBucketBytes(GRAPH_BUCKETS, referralGraphProjection);
    // ASCII text here; were every character three bytes of UTF-8, rows would triple at most.
    expect(3 * list).toBeLessThan(16 * 1024 * 1024);
    expect(graph).toBeLessThan(1024 * 1024);
  });

  it('spreads a member’s contacts over every bucket, evenly enough', () => {
    const counts = new Array<number>(LIST_BUCKETS.count).fill(0);
    for (const id of contactIds) counts[bucketOf(LIST_BUCKETS, id)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(100);
    expect(Math.max(...counts)).toBeLessThan(220);
  });

  it('addresses a row in its member’s bucket, by a field name without dots or `$`', () => {
    const { id, path } = rowAddress(GRAPH_BUCKETS, 'uni-a', 'member-ada', 'c.$%1');
    expect(memberBucketIds(GRAPH_BUCKETS, 'uni-a', 'member-ada')).toContain(id);
    expect(id).toMatch(/^uni-a\|member-ada\|\d{3}$/);
    expect(path).toBe('rows.c%2E%24%251');
    expect(rowKey('9b2e-4c_x')).toBe('9b2e-4c_x');
    expect(rowKey('a.b')).not.toBe(rowKey('a%2Eb'));
  });
});
