import { leasePlan } from './lease-plan';
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

describe('the lease plan', () => {
  it('keeps what instances hold unused and what leases skip within a tenth of the quota', () => {
    for (const [quota, instances] of [
      [40, 2],
      [80, 2],
      [600, 4],
      [1200, 3],
      [100_000, 10],
    ] as const) {
      const { size, skip } = leasePlan(quota, instances);
      expect(size).toBeGreaterThanOrEqual(1);
      expect(instances * (size - 1) + skip).toBeLessThanOrEqual(quota * 0.1);
    }
    expect(leasePlan(80, 2)).toEqual({ size: 2, skip: 4 });
    expect(leasePlan(600, 4)).toEqual({ size: 7, skip: 30 });
  });

  it('is one slot from the oldest for small quotas, and bounded for huge ones', () => {
    expect(leasePlan(40, 2)).toEqual({ size: 1, skip: 0 });
    expect(leasePlan(9_999_999, 1).size).toBe(1024);
    expect(leasePlan(9_999_999, 4).size).toBe(1024);
    expect(leasePlan(50_000, 4).size).toBe(625);
  });
});
