import { againOnDuplicateKey, duplicateKeyIndexes, isDuplicateKeyError } from './duplicate-key';

describe('isDuplicateKeyError', () => {
  it('reads the code on the error itself', () => {
    expect(isDuplicateKeyError({ code: 11000 })).toBe(true);
  });

  it('reads a duplicate key among a bulk write’s errors', () => {
    expect(isDuplicateKeyError({ code: 65, writeErrors: [{ code: 2 }, { code: 11000 }] })).toBe(
      true,
    );
  });

  it('reads a single write error given as an object', () => {
    expect(isDuplicateKeyError({ writeErrors: { code: 11000, index: 0 } })).toBe(true);
  });

  it('answers false for other codes', () => {
    expect(isDuplicateKeyError({ code: 112, writeErrors: [{ code: 2 }] })).toBe(false);
    expect(isDuplicateKeyError(new Error('connection reset'))).toBe(false);
  });

  it.each([null, undefined, 'E11000 duplicate key', 11000])('answers false for %p', (error) => {
    expect(isDuplicateKeyError(error)).toBe(false);
  });
});

describe('duplicateKeyIndexes', () => {
  it('names the positions when every write error is a duplicate key', () => {
    const error = {
      code: 11000,
      writeErrors: [
        { code: 11000, index: 0 },
        { code: 11000, index: 3 },
      ],
    };
    expect(duplicateKeyIndexes(error)).toEqual([0, 3]);
    expect(duplicateKeyIndexes({ writeErrors: { code: 11000, index: 2 } })).toEqual([2]);
  });

  it('answers undefined when any write error is of another kind', () => {
    const error = {
      writeErrors: [
        { code: 11000, index: 0 },
        { code: 121, index: 1 },
      ],
    };
    expect(duplicateKeyIndexes(error)).toBeUndefined();
  });

  it('answers undefined when there are no write errors', () => {
    expect(duplicateKeyIndexes({ code: 11000 })).toBeUndefined();
    expect(duplicateKeyIndexes({ writeErrors: [] })).toBeUndefined();
    expect(duplicateKeyIndexes(null)).toBeUndefined();
    expect(duplicateKeyIndexes(undefined)).toBeUndefined();
  });

  it('answers undefined when a duplicate names no index', () => {
    expect(duplicateKeyIndexes({ writeErrors: [{ code: 11000 }] })).toBeUndefined();
  });
});

describe('againOnDuplicateKey', () => {
  const lostRace = Object.assign(new Error('E11000 duplicate key'), {
    writeErrors: [{ code: 11000 }],
  });

  it('runs a write that lost a race once more, and answers what that run answered', async () => {
    let runs = 0;
    const answer = await againOnDuplicateKey(() => {
      runs += 1;
      return runs === 1 ? Promise.reject(lostRace) : Promise.resolve('updated');
    });
    expect([runs, answer]).toEqual([2, 'updated']);
  });

  it('runs it no more than twice', async () => {
    let runs = 0;
    await expect(
      againOnDuplicateKey(() => {
        runs += 1;
        return Promise.reject(lostRace);
      }),
    ).rejects.toBe(lostRace);
    expect(runs).toBe(2);
  });

  it('passes on any other failure without running again', async () => {
    let runs = 0;
    await expect(
      againOnDuplicateKey(() => {
        runs += 1;
        return Promise.reject(new Error('connection reset'));
      }),
    ).rejects.toThrow('connection reset');
    expect(runs).toBe(1);
  });
});
