import { type DocumentUpdate, mergeByDocument } from './merged-updates';

type Update = DocumentUpdate['update'];

describe('mergeByDocument', () => {
  it('folds a counter’s increments and the guard’s versions into one update', () => {
    const merged = mergeByDocument([
      { id: 'c', update: { $inc: { count: 1 }, $set: { '_applied.s': 1 } } },
      { id: 'c', update: { $inc: { count: 2 }, $set: { '_applied.s': 2 } } },
      { id: 'c', update: { $inc: { count: 1 }, $set: { '_applied.t': 1 } } },
    ]);
    expect(merged).toEqual([
      {
        id: 'c',
        folded: 3,
        update: { $inc: { count: 4 }, $set: { '_applied.s': 2, '_applied.t': 1 } },
      },
    ]);
  });

  it('keeps each document’s updates in order and the documents in order of first appearance', () => {
    const merged = mergeByDocument([
      { id: 'b', update: { $set: { 'rows.x.name': 'Ada' } } },
      { id: 'a', update: { $set: { n: 1 } } },
      { id: 'b', update: { $set: { 'rows.x.name': 'Grace', 'rows.y.name': 'Kim' } } },
    ]);
    expect(merged.map(({ id }) => id)).toEqual(['b', 'a']);
    expect(merged[0]!.update).toEqual({
      $set: { 'rows.x.name': 'Grace', 'rows.y.name': 'Kim' },
    });
  });

  it('starts a new update where folding could change the result', () => {
    // Typed loosely: the driver's types know no fields of a generic read-model document.
    const cases: Record<string, Record<string, unknown>>[][] = [
      // A path inside one already written, or around it: MongoDB refuses both in one update.
      [{ $set: { 'rows.x': { tags: [] } } }, { $push: { 'rows.x.tags': 't' } }],
      [{ $set: { 'rows.x.warmth': 'warm' } }, { $unset: { 'rows.x': '' } }],
      // The same path under two operators, or an operator whose repeats do not add up.
      [{ $set: { count: 5 } }, { $inc: { count: 1 } }],
      [{ $push: { tags: 'a' } }, { $push: { tags: 'b' } }],
      [{ $inc: { n: 1 } }, { $max: { n: 3 } }],
      // `$rename` writes the path it names and the one in its value.
      [{ $set: { a: 1 } }, { $rename: { c: 'b' } }],
      [{ $rename: { c: 'b' } }, { $set: { b: 1 } }],
      // A later insert-only field: applied in turn, the document already exists by then.
      [{ $set: { a: 1 } }, { $setOnInsert: { createdAt: 'later' } }],
    ];
    for (const [first, second] of cases) {
      const merged = mergeByDocument([
        { id: 'd', update: first as Update },
        { id: 'd', update: second as Update },
      ]);
      expect(merged).toEqual([
        { id: 'd', folded: 1, update: first },
        { id: 'd', folded: 1, update: second },
      ]);
    }
  });

  it('keeps the first value of an insert-only field and does not change the given updates', () => {
    const first = { $setOnInsert: { createdAt: 'first' }, $set: { a: 1 } };
    const merged = mergeByDocument([
      { id: 'd', update: first },
      { id: 'd', update: { $setOnInsert: { createdAt: 'second' }, $set: { b: 2 } } },
    ]);
    expect(merged[0]!.update).toEqual({
      $setOnInsert: { createdAt: 'first' },
      $set: { a: 1, b: 2 },
    });
    expect(first).toEqual({ $setOnInsert: { createdAt: 'first' }, $set: { a: 1 } });
  });

  it('folds only into the latest update of a document', () => {
    const merged = mergeByDocument([
      { id: 'd', update: { $set: { 'rows.x': { n: 1 } } } },
      { id: 'd', update: { $inc: { 'rows.x.n': 1 } } },
      { id: 'd', update: { $set: { 'rows.x': { n: 9 } } } },
    ]);
    // The third may not join the first: it would then come before the increment.
    expect(merged.map(({ folded }) => folded)).toEqual([1, 1, 1]);
  });
});
