import { GroupCommit, type GroupOutcome } from './group-commit';

/** A write the spec finishes by hand, recording the groups it was given. */
function controlledWrite() {
  const groups: string[][] = [];
  const finish: (() => void)[] = [];
  const write = (items: readonly string[]): Promise<GroupOutcome<string>[]> => {
    groups.push([...items]);
    return new Promise((resolve) =>
      finish.push(() =>
        resolve(
          items.map((item) =>
            item.startsWith('bad')
              ? { ok: false, error: new Error(`refused ${item}`) }
              : { ok: true, value: `wrote ${item}` },
          ),
        ),
      ),
    );
  };
  return { groups, finish, write };
}

/** Lets pending promise callbacks run (no clock involved). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('writes a lone submission at once, without waiting for company', async () => {
    const { groups, finish, write } = controlledWrite();
    const commit = new GroupCommit(write, { maxItems: 10, maxUnits: 10 });
    const result = commit.submit('a', 1);
    expect(groups).toEqual([['a']]);
    finish[0]!();
    await expect(result).resolves.toBe('wrote a');
  });

  it('groups what arrives during a write, and answers each submitter its own outcome', async () => {
    const { groups, finish, write } = controlledWrite();
    const commit = new GroupCommit(write, { maxItems: 10, maxUnits: 10 });
    const first = commit.submit('a', 1);
    const rest = ['b', 'bad-c', 'd'].map((item) => commit.submit(item, 1));
    expect(groups).toEqual([['a']]);
    finish[0]!();
    await first;
    await settle();
    expect(groups).toEqual([['a'], ['b', 'bad-c', 'd']]);
    finish[1]!();
    const outcomes = await Promise.allSettled(rest);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : String(o.reason)))).toEqual([
      'wrote b',
      'Error: refused bad-c',
      'wrote d',
    ]);
  });

  it('bounds a group by submissions and by units, taking the oldest first', async () => {
    const { groups, finish, write } = controlledWrite();
    const commit = new GroupCommit(write, { maxItems: 3, maxUnits: 5 });
    const all = [commit.submit('a', 1)];
    all.push(commit.submit('b', 1), commit.submit('c', 1), commit.submit('d', 1));
    all.push(commit.submit('e', 1), commit.submit('f', 4), commit.submit('g', 9));
    for (let i = 0; i < 4; i++) {
      finish[i]!();
      await settle();
    }
    await Promise.all(all);
    expect(groups).toEqual([['a'], ['b', 'c', 'd'], ['e', 'f'], ['g']]);
  });

  it('writes up to maxInFlight groups at once, and groups only what waits beyond them', async () => {
    const { groups, finish, write } = controlledWrite();
    const commit = new GroupCommit(write, { maxItems: 10, maxUnits: 10, maxInFlight: 2 });
    const all = ['a', 'b', 'c', 'd'].map((item) => commit.submit(item, 1));
    expect(groups).toEqual([['a'], ['b']]);
    finish[1]!();
    await all[1];
    await settle();
    expect(groups).toEqual([['a'], ['b'], ['c', 'd']]);
    finish[0]!();
    finish[2]!();
    await expect(Promise.all(all)).resolves.toEqual(['wrote a', 'wrote b', 'wrote c', 'wrote d']);
  });

  it('never has one key in two groups in flight: a key waits, in order, while other keys go past', async () => {
    const { groups, finish, write } = controlledWrite();
    const commit = new GroupCommit(write, { maxItems: 10, maxUnits: 10, maxInFlight: 2 });
    const a1 = commit.submit('a1', 1, 'a');
    // a2 and a3 wait for a1's group; b1 and c1 are not held back by them.
    const rest = [
      commit.submit('a2', 1, 'a'),
      commit.submit('b1', 1, 'b'),
      commit.submit('a3', 1, 'a'),
      commit.submit('c1', 1, 'c'),
    ];
    expect(groups).toEqual([['a1'], ['b1']]);
    finish[1]!();
    await settle();
    // A slot is free: c1 goes past a2 and a3, which still wait for a1.
    expect(groups).toEqual([['a1'], ['b1'], ['c1']]);
    finish[0]!();
    await a1;
    await settle();
    expect(groups).toEqual([['a1'], ['b1'], ['c1'], ['a2', 'a3']]);
    finish[2]!();
    finish[3]!();
    await expect(Promise.all(rest)).resolves.toEqual([
      'wrote a2',
      'wrote b1',
      'wrote a3',
      'wrote c1',
    ]);
  });

  it('fails the whole group when the write itself fails, then goes on with the next', async () => {
    let calls = 0;
    const commit = new GroupCommit<string, string>(
      (items) => {
        calls += 1;
        if (calls === 1) return Promise.reject(new Error('server gone'));
        return Promise.resolve(items.map((item) => ({ ok: true, value: item })));
      },
      { maxItems: 10, maxUnits: 10 },
    );
    await expect(commit.submit('a', 1)).rejects.toThrow('server gone');
    await expect(commit.submit('b', 1)).resolves.toBe('b');
  });
});
