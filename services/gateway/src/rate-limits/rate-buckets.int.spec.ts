import { isolateSuite } from '@rapport/testing';
import { RateBuckets } from './rate-buckets';

/** The bucket's arithmetic against the real database, with time passed in. */
describe('a token bucket of slots', () => {
  const suite = isolateSuite('gateway-rate-buckets');
  let buckets: RateBuckets;
  const policy = { quota: 3, windowSeconds: 3 };
  const start = 1_800_000_000_000;

  beforeAll(async () => {
    buckets = new RateBuckets(await suite.db());
  });
  afterAll(() => suite.cleanup());

  const takeAt = async (bucket: string, offsetMs: number) =>
    (await buckets.take(bucket, policy, start + offsetMs)).allowed;

  it('spends its burst at once, then one token per interval', async () => {
    expect(await Promise.all([0, 0, 0, 0].map((at) => takeAt('burst', at)))).toEqual(
      expect.arrayContaining([true, true, true, false]),
    );
    const refused = await buckets.take('burst', policy, start + 10);
    expect(refused).toEqual({ allowed: false, remaining: 0, resetSeconds: 1 });
    expect(await takeAt('burst', 1000)).toBe(true);
    expect(await takeAt('burst', 1010)).toBe(false);
  });

  it('holds no more than its quota after a long pause', async () => {
    await takeAt('idle', 0);
    const after = await Promise.all([1, 2, 3, 4, 5].map(() => takeAt('idle', 60_000)));
    expect(after.filter(Boolean)).toHaveLength(3);
  });

  describe('leased in blocks', () => {
    // Quota 40 over 40 s: one slot a second; at this time the window is slots 1.8e9−36 … 1.8e9+3,
    // ten whole blocks of four.
    const leased = { quota: 40, windowSeconds: 40 };
    const now = (1_800_000_000 + 3) * 1000 + 500;
    const firstBlock = (1_800_000_000 - 36) / 4;
    const byFour = { size: 4, skip: 0 };
    const exists = async (id: string) =>
      (await (
        await suite.db()
      )
        .collection<{ _id: string }>('rate_buckets')
        .findOne({ _id: id })) !== null;

    it('claims four slots with one insert', async () => {
      const first = new RateBuckets(await suite.db());
      for (let i = 0; i < 4; i++)
        expect((await first.take('lease', leased, now, byFour)).allowed).toBe(true);
      expect(await exists(`lease|${firstBlock}`)).toBe(true);
      expect(await exists(`lease|${firstBlock + 1}`)).toBe(false);
      expect((await first.take('lease', leased, now, byFour)).allowed).toBe(true);
      expect(await exists(`lease|${firstBlock + 1}`)).toBe(true);
    });

    it('never spends a slot twice across instances, and holds back at most k − 1 each', async () => {
      const first = new RateBuckets(await suite.db());
      const second = new RateBuckets(await suite.db());
      const decisions = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          (i % 2 === 0 ? first : second).take('shared', leased, now, byFour),
        ),
      );
      const allowed = decisions.filter((decision) => decision?.allowed);
      expect(allowed.length).toBeLessThanOrEqual(40);
      expect(allowed.length).toBeGreaterThanOrEqual(40 - 2 * 3);
      // `remaining` is newest − slot at one instant: the slots spent are all different.
      expect(new Set(allowed.map((decision) => decision?.remaining)).size).toBe(allowed.length);
    });

    it('starts leasing above the oldest slots, which it leaves to overflow', async () => {
      const buckets = new RateBuckets(await suite.db());
      const skipping = { size: 4, skip: 8 };
      const first = await buckets.take('skip', leased, now, skipping);
      expect(first).toMatchObject({ allowed: true, remaining: 39 - 8 });
      expect(await exists(`skip|${firstBlock + 2}`)).toBe(true);
      const rest = await Promise.all(
        Array.from({ length: 39 }, () => buckets.take('skip', leased, now, skipping)),
      );
      expect(rest.filter((decision) => decision.allowed)).toHaveLength(40 - 8 - 1);
    });

    it('spends held slots without waiting, the same ones take would, and never leases', async () => {
      const buckets = new RateBuckets(await suite.db());
      expect(buckets.takeHeld('held', leased, now)).toBeUndefined();
      const first = await buckets.take('held', leased, now, byFour);
      const held = [1, 2, 3].map(() => buckets.takeHeld('held', leased, now));
      // The block's other three slots, one after the other, as `take` would have spent them.
      expect(held.map((decision) => decision?.remaining)).toEqual([
        first.remaining - 1,
        first.remaining - 2,
        first.remaining - 3,
      ]);
      expect(held.every((decision) => decision?.allowed)).toBe(true);
      // The block is spent: nothing held, so `takeHeld` answers nothing and leases nothing.
      expect(buckets.takeHeld('held', leased, now)).toBeUndefined();
      expect(await exists(`held|${firstBlock + 1}`)).toBe(false);
      expect((await buckets.take('held', leased, now, byFour)).remaining).toBe(first.remaining - 4);
      // Once its slots overflowed, a held block is no longer spent.
      expect(buckets.takeHeld('held', leased, (firstBlock * 4 + 8 + 40) * 1000)).toBeUndefined();
    });

    it('deletes a block once all its slots overflowed, not before', async () => {
      const buckets = new RateBuckets(await suite.db());
      await buckets.take('swept', leased, now, byFour);
      expect(await buckets.sweepExpired(now)).toBe(0);
      expect(await exists(`swept|${firstBlock}`)).toBe(true);
      // The block's last slot (firstBlock·4 + 3) overflows 40 slots later.
      expect(await buckets.sweepExpired((firstBlock * 4 + 3 + 40) * 1000)).toBe(1);
      expect(await exists(`swept|${firstBlock}`)).toBe(false);
      buckets.stop();
    });
  });

  it('keeps buckets apart', async () => {
    for (const at of [0, 0, 0]) await takeAt('left', at);
    expect(await takeAt('left', 0)).toBe(false);
    expect(await takeAt('right', 0)).toBe(true);
  });
});
