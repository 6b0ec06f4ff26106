import { isolateSuite } from '@rapport/testing';
import { SHARD_COUNT } from '../event-document';
import { ShardLeases } from './shard-leases';

const LEASE_MS = 10_000;
const ALL_SHARDS = Array.from({ length: SHARD_COUNT }, (_, shard) => shard);

describe('relay shard leases on FerretDB', () => {
  const suite = isolateSuite('leases');
  afterAll(() => suite.cleanup());

  it('renews what it holds in one write, and gives up shards another instance took over', async () => {
    const db = await suite.db();
    let now = Date.parse('2026-12-03T12:00:00Z');
    const clock = () => new Date(now);
    const first = new ShardLeases(db, 'relay-a', LEASE_MS, SHARD_COUNT, clock);
    const second = new ShardLeases(db, 'relay-b', LEASE_MS, SHARD_COUNT, clock);

    expect(await first.refresh()).toEqual(ALL_SHARDS);
    expect(await second.refresh()).toEqual([]);
    // Renewed before expiry: still all the first's, and the second still gets none.
    now += LEASE_MS / 2;
    expect(await first.refresh()).toEqual(ALL_SHARDS);
    now += LEASE_MS / 2 + 1;
    expect(await second.refresh()).toEqual([]);

    // The first stalls past its leases; the second takes them over, and the first then holds none.
    now += LEASE_MS + 1;
    expect(await second.refresh()).toEqual(ALL_SHARDS);
    expect(await first.refresh()).toEqual([]);
    expect(first.usable(0)).toEqual([]);
    expect(second.usable(0)).toEqual(ALL_SHARDS);
  });
});
