import { isolateSuite } from '@rapport/testing';
import { LatestVersionStore } from './latest-version-store';

describe('LatestVersionStore (FerretDB)', () => {
  const suite = isolateSuite('latest-version-store');
  let store: LatestVersionStore<{ days: number }>;

  beforeAll(async () => {
    store = new LatestVersionStore(await suite.db(), 'policies');
  });
  afterAll(() => suite.cleanup());

  it('keeps the highest version; an older or repeated one changes nothing', async () => {
    expect(await store.latest('uni-a')).toBeUndefined();
    expect(await store.offer('uni-a', 1, { days: 14 })).toBe('latest');
    expect(await store.offer('uni-a', 3, { days: 7 })).toBe('latest');
    expect(await store.offer('uni-a', 2, { days: 21 })).toBe('older');
    expect(await store.offer('uni-a', 3, { days: 99 })).toBe('seen');
    expect(await store.latest('uni-a')).toEqual({ version: 3, value: { days: 7 } });
    expect(await store.latest('uni-b')).toBeUndefined();
  });

  it('finds versions past a head that a lost race left behind', async () => {
    const db = await suite.db();
    await store.offer('uni-c', 1, { days: 14 });
    // What a writer that died (or lost its head update) between its two writes leaves behind.
    await db
      .collection<{ _id: string; key: string; version: number; value: { days: number } }>(
        'policies',
      )
      .insertOne({ _id: 'uni-c|0000000002', key: 'uni-c', version: 2, value: { days: 10 } });
    expect(await store.latest('uni-c')).toEqual({ version: 2, value: { days: 10 } });
  });

  it('settles on the highest of concurrent offers', async () => {
    const outcomes = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((version) => store.offer('uni-d', version, { days: version })),
    );
    expect(outcomes.filter((outcome) => outcome === 'seen')).toEqual([]);
    expect(await store.latest('uni-d')).toEqual({ version: 6, value: { days: 6 } });
  });
});
