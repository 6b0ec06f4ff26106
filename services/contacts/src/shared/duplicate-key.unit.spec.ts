import { againOnDuplicateKey, isDuplicateKey } from './duplicate-key';

describe('againOnDuplicateKey', () => {
  const lostRace = Object.assign(new Error('E11000 duplicate key'), {
    writeErrors: [{ code: 11000 }],
  });

  it('runs an upsert that lost a race a second time, and answers what that run answered', async () => {
    const runs: number[] = [];
    const answer = await againOnDuplicateKey(() => {
      runs.push(runs.length);
      return runs.length === 1 ? Promise.reject(lostRace) : Promise.resolve('updated');
    });
    expect([runs.length, answer]).toEqual([2, 'updated']);
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

  it('reads a duplicate key alone or among a bulk write’s errors', () => {
    expect(isDuplicateKey({ code: 11000 })).toBe(true);
    expect(isDuplicateKey(lostRace)).toBe(true);
    expect(isDuplicateKey({ code: 112, writeErrors: [{ code: 2 }] })).toBe(false);
  });
});
