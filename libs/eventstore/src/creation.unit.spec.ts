import { creationDifferences } from './creation';

const added = (data: Record<string, unknown>) => ({ type: 'Added', data });

describe('creationDifferences', () => {
  it('finds none when the decision is the creation, dates and absent members as stored', () => {
    const at = new Date('2026-11-01T09:00:00Z');
    const decided = [added({ name: 'Ada', at, nickname: undefined, tags: ['a', 'b'] })];
    const stored = [added({ name: 'Ada', at: at.toISOString(), tags: ['a', 'b'] })];
    expect(creationDifferences(decided, stored)).toEqual([]);
  });

  it('names each differing field by its path, a list once', () => {
    const decided = [added({ details: { email: 'a@x', name: 'Ada' }, tags: ['a'], extra: 1 })];
    const stored = [added({ details: { email: 'b@x', name: 'Ada' }, tags: ['a', 'b'] })];
    expect(creationDifferences(decided, stored).sort()).toEqual(['details.email', 'extra', 'tags']);
  });

  it('names an event the other side lacks, or of another type', () => {
    expect(creationDifferences([added({}), { type: 'Referred', data: {} }], [added({})])).toEqual([
      'Referred',
    ]);
    expect(creationDifferences([{ type: 'Other', data: {} }], [added({})])).toEqual(['Other']);
  });
});
