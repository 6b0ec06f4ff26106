import { leaseSize } from './rate-buckets';
import { type HeldSlots, takeHeldSlot } from './held-slots';

describe('slots held by an instance', () => {
  it('spends them oldest first, each once', () => {
    const held: HeldSlots = [{ from: 10, to: 12 }];
    expect([10, 11, 12, undefined].map(() => takeHeldSlot(held, 0, 100))).toEqual([
      10,
      11,
      12,
      undefined,
    ]);
    expect(held).toEqual([]);
  });

  it('drops the slots that overflowed and waits for those not minted yet', () => {
    const held: HeldSlots = [
      { from: 4, to: 7 },
      { from: 8, to: 11 },
    ];
    expect(takeHeldSlot(held, 6, 8)).toBe(6);
    expect(takeHeldSlot(held, 6, 8)).toBe(7);
    expect(takeHeldSlot(held, 6, 8)).toBe(8);
    // 9 is minted later: nothing to spend now, and nothing lost.
    expect(takeHeldSlot(held, 6, 8)).toBeUndefined();
    expect(takeHeldSlot(held, 7, 9)).toBe(9);
  });
});

describe('the lease size', () => {
  it('keeps what all instances may hold unused within a tenth of the quota', () => {
    for (const [quota, instances] of [
      [40, 2],
      [600, 4],
      [1200, 3],
      [100_000, 10],
    ] as const) {
      const k = leaseSize(quota, instances);
      expect(k).toBeGreaterThanOrEqual(1);
      expect(instances * (k - 1)).toBeLessThanOrEqual(quota * 0.1);
    }
    expect(leaseSize(40, 2)).toBe(2);
    expect(leaseSize(600, 4)).toBe(15);
  });

  it('is one slot for small quotas and bounded for huge ones', () => {
    expect(leaseSize(3, 2)).toBe(1);
    expect(leaseSize(9_999_999, 1)).toBe(64);
  });
});
