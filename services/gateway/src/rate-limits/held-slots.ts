/** Ranges of slots an instance leased and has not spent yet, oldest first. */
export type HeldSlots = { from: number; to: number }[];

/**
 * Spends the oldest held slot that is usable now (minted, `≤ newest`, and not yet overflowed,
 * `≥ oldest`), dropping the overflowed ones on the way. Undefined when none is usable: every
 * slot held is still to be minted, or nothing is held.
 */
export function takeHeldSlot(held: HeldSlots, oldest: number, newest: number): number | undefined {
  while (held.length > 0) {
    const range = held[0];
    if (!range) break;
    if (range.from < oldest) range.from = oldest;
    if (range.from > range.to) {
      held.shift();
      continue;
    }
    if (range.from > newest) return undefined;
    return range.from++;
  }
  return undefined;
}
