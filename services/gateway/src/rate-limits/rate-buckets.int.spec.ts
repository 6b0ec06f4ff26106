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

  it('keeps buckets apart', async () => {
    for (const at of [0, 0, 0]) await takeAt('left', at);
    expect(await takeAt('left', 0)).toBe(false);
    expect(await takeAt('right', 0)).toBe(true);
  });
});
