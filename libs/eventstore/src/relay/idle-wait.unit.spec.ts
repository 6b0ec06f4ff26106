import { nextIdleWait } from './outbox-relay';

describe('the relay’s wait between empty rounds', () => {
  it('doubles from the base up to the longest wait, and stays there', () => {
    const waits = [100];
    for (let round = 0; round < 6; round += 1) {
      waits.push(nextIdleWait(waits.at(-1) ?? 0, 100, 1_000));
    }
    expect(waits).toEqual([100, 200, 400, 800, 1_000, 1_000, 1_000]);
  });

  it('never waits less than the base, nor more than the longest wait', () => {
    expect(nextIdleWait(0, 20, 160)).toBe(20);
    expect(nextIdleWait(5_000, 20, 160)).toBe(160);
    // A fixed poll: the longest wait is the base.
    expect(nextIdleWait(50, 50, 50)).toBe(50);
  });
});
