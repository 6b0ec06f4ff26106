/**
 * The split a training message was written in, read from its id: each held-out split was written
 * in one go by one writer in wordings of its own, scored once and then moved into training (see
 * README.md). Cross-validation grouped by these splits never trains on the split it tests, so it
 * asks what a fresh writer asks: does the detector carry over to wordings it has not seen? Folds of
 * single messages drawn at random from every split say far less (0.94–1.00 out of fold on training
 * in the fourth round, 0.15–0.59 on held-out 7).
 */
export const WRITTEN_SPLITS = [
  'held-out 1',
  'held-out 2',
  'held-out 3',
  'held-out 4',
  'held-out 5',
  'held-out 6',
  'held-out 7',
  'held-out 8',
  'held-out 9',
  'held-out 10a',
  'held-out 10b',
  'written with the rules',
] as const;

export type WrittenSplit = (typeof WRITTEN_SPLITS)[number];

// Ids by split: h01–h60, g01–g87, k01–k100, m01–m100, n01–n100, q01–q128, s001–s152, w001–w157,
// x001–x160, y001–y080, z001–z080. The rest (t001–t200, and p, r, s01–s09, u, v, w01–w28) were
// written by the people tuning the rules, round by round. When a spent held-out split joins
// training, it gets its own entry here (and in WRITTEN_SPLITS); written-splits.unit.spec.ts counts
// each split so a forgotten one shows.
const HELD_OUT_IDS: readonly [RegExp, WrittenSplit][] = [
  [/^h\d+$/, 'held-out 1'],
  [/^g\d+$/, 'held-out 2'],
  [/^k\d+$/, 'held-out 3'],
  [/^m\d+$/, 'held-out 4'],
  [/^n\d+$/, 'held-out 5'],
  [/^q\d+$/, 'held-out 6'],
  [/^s\d{3}$/, 'held-out 7'],
  [/^w\d{3}$/, 'held-out 8'],
  [/^x\d{3}$/, 'held-out 9'],
  // The tenth split had two writers, each a split of their own for cross-validation.
  [/^y\d{3}$/, 'held-out 10a'],
  [/^z\d{3}$/, 'held-out 10b'],
];

export function writtenSplitOf(id: string): WrittenSplit {
  return HELD_OUT_IDS.find(([pattern]) => pattern.test(id))?.[1] ?? 'written with the rules';
}

/**
 * Spent held-out splits in training that the part detectors have not been tuned on yet: the part
 * models were last trained in the sixth round, before held-out 9 and 10 joined. The seventh round
 * retrained the job-ask classifier on them, and added a why-you pattern (singled out by rarity)
 * and generic subjects from held-out 10. Retrained there, the part models chose thresholds (0.003
 * for connection and why-you) that missed their training goals on older splits, so they wait for
 * a round of their own. training-goals holds the part rules to their goals on the other splits
 * only; bench:guidance reports all of training.
 */
export const NOT_YET_TUNED_FOR_PARTS: readonly WrittenSplit[] = [
  'held-out 9',
  'held-out 10a',
  'held-out 10b',
];
