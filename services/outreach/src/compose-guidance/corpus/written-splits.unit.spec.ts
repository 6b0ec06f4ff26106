import { loadGuidanceCorpus } from './guidance-corpus';
import { isWrittenBlind, WRITTEN_SPLITS, writtenSplitOf } from './written-splits';

describe('the split a training message was written in', () => {
  it.each([
    ['h01', 'held-out 1'],
    ['g87', 'held-out 2'],
    ['k100', 'held-out 3'],
    ['q128', 'held-out 6'],
    ['s001', 'held-out 7'],
    ['w157', 'held-out 8'],
    ['x160', 'held-out 9'],
    ['y001', 'held-out 10a'],
    ['z080', 'held-out 10b'],
    ['ba001', 'training writer ba'],
    ['bc120', 'training writer bc'],
    ['aa001', 'held-out 11a'],
    ['ab080', 'held-out 11b'],
    ['bd120', 'training writer bd'],
    ['be001', 'training writer be'],
    ['bf060', 'training writer bf'],
    ['bg120', 'training writer bg'],
    ['ca083', 'held-out 12a'],
    ['cb001', 'held-out 12b'],
    ['da086', 'held-out 13a'],
    ['db080', 'held-out 13b'],
    ['bh001', 'training writer bh'],
    ['bi120', 'training writer bi'],
    ['ea001', 'held-out 14a'],
    ['eb082', 'held-out 14b'],
    ['bj060', 'training writer bj'],
    ['bk120', 'training writer bk'],
    ['fa001', 'held-out 15a'],
    ['fb080', 'held-out 15b'],
    ['ga001', 'held-out 16a'],
    ['gb084', 'held-out 16b'],
    ['ja097', 'held-out 17a'],
    ['jb001', 'held-out 17b'],
    ['bl120', 'training writer bl'],
    ['bm001', 'training writer bm'],
    ['ka001', 'held-out 18a'],
    ['kb080', 'held-out 18b'],
    ['la086', 'held-out 19a'],
    ['lb001', 'held-out 19b'],
    ['oa080', 'held-out 20a'],
    ['ob087', 'held-out 20b'],
    ['bn120', 'training writer bn'],
    ['ia001', 'held-out 21a'],
    ['ib080', 'held-out 21b'],
    ['ha001', 'held-out 22a'],
    ['hb080', 'held-out 22b'],
    // s01–s09 were written with the third round's rules, not by held-out 7's writer.
    ['s01', 'written with the rules'],
    ['t200', 'written with the rules'],
    // w01–w28 were written with the fifth round's rules, not by held-out 8's writer.
    ['w28', 'written with the rules'],
  ])('reads %p as %p', (id, split) => {
    expect(writtenSplitOf(id)).toBe(split);
  });

  it('finds every spent held-out split in training, whole', () => {
    const counts = new Map<string, number>();
    for (const { id } of loadGuidanceCorpus('training')) {
      const split = writtenSplitOf(id);
      counts.set(split, (counts.get(split) ?? 0) + 1);
    }
    expect(Object.fromEntries(WRITTEN_SPLITS.map((s) => [s, counts.get(s)]))).toEqual({
      'held-out 1': 60,
      'held-out 2': 87,
      'held-out 3': 100,
      'held-out 4': 100,
      'held-out 5': 100,
      'held-out 6': 128,
      'held-out 7': 152,
      'held-out 8': 157,
      'held-out 9': 160,
      'held-out 10a': 80,
      'held-out 10b': 80,
      'training writer ba': 120,
      'training writer bb': 120,
      'training writer bc': 120,
      'held-out 11a': 80,
      'held-out 11b': 80,
      'training writer bd': 120,
      'training writer be': 120,
      'training writer bf': 120,
      'training writer bg': 120,
      'held-out 12a': 83,
      'held-out 12b': 80,
      'held-out 13a': 86,
      'held-out 13b': 80,
      'training writer bh': 120,
      'training writer bi': 120,
      'held-out 14a': 80,
      'held-out 14b': 82,
      'training writer bj': 120,
      'training writer bk': 120,
      'held-out 15a': 80,
      'held-out 15b': 80,
      'held-out 16a': 80,
      'held-out 16b': 84,
      'held-out 17a': 97,
      'held-out 17b': 82,
      'training writer bl': 120,
      'training writer bm': 120,
      'held-out 18a': 80,
      'held-out 18b': 80,
      'held-out 19a': 86,
      'held-out 19b': 80,
      'held-out 20a': 80,
      'held-out 20b': 87,
      'training writer bn': 120,
      'held-out 21a': 80,
      'held-out 21b': 80,
      'held-out 22a': 80,
      'held-out 22b': 80,
      'written with the rules': 326,
    });
  });

  it.each([
    ['h01', true],
    ['da001', true],
    ['eb082', true],
    ['fb080', true],
    ['bj001', false],
    ['t001', false],
    ['s01', false],
  ])('reads %p as written blind: %p', (id, blind) => {
    expect(isWrittenBlind(id)).toBe(blind);
  });
});
