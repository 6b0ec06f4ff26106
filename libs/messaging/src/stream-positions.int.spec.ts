import { isolateSuite } from '@rapport/testing';
import { StreamPositions } from './stream-positions';

describe('StreamPositions with partitions handled at once', () => {
  const suite = isolateSuite('stream-positions');
  afterAll(() => suite.cleanup());

  it('saves and forgets one batch’s streams only, leaving another partition’s unsaved work alone', async () => {
    const db = await suite.db();
    const positions = new StreamPositions(db, 'group-a');
    const a = { tenantId: 'uni-a', streamId: 'stream-a' };
    const b = { tenantId: 'uni-a', streamId: 'stream-b' };
    await positions.preload([a, b]);
    await positions.processed(a.tenantId, a.streamId, 3, 'event-a3');
    await positions.processed(b.tenantId, b.streamId, 7, 'event-b7');
    const saved = () =>
      db
        .collection<{ _id: string; version: number }>('consumer_stream_positions')
        .find({})
        .sort({ _id: 1 })
        .toArray();

    // Stream b's batch has not written its projection yet: its position must not be saved.
    await positions.flush([a]);
    expect(await saved()).toEqual([
      expect.objectContaining({ _id: 'group-a|uni-a|stream-a', version: 3 }),
    ]);

    // Stream b's batch failed: its unsaved position is dropped and read again, a's is kept.
    positions.forget([b]);
    await positions.flush();
    expect(await saved()).toHaveLength(1);
    expect(await positions.admit(a.tenantId, a.streamId, 3, 'event-a3', false)).toBe('duplicate');
    expect(await positions.admit(b.tenantId, b.streamId, 7, 'event-b7', false)).toBe('process');
  });
});
