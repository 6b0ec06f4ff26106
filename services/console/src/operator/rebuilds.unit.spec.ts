import { percentDone, type Rebuild } from './rebuilds';
import { stageRows } from './workflows';

const running = (change: Partial<Rebuild>): Rebuild => ({
  service: 'contacts',
  rebuildId: 'r1',
  readModel: 'contact_list',
  state: 'running',
  phase: 'copy',
  eventsTotal: 1000,
  eventsRead: 0,
  documentsWritten: 0,
  startedAt: '2026-12-03T06:00:00Z',
  updatedAt: '2026-12-03T06:00:00Z',
  finishedAt: null,
  error: null,
  ...change,
});

describe('how far a rebuild is', () => {
  it('fills 90 % while copying, the rest while catching up, and all of it once ended', () => {
    expect(percentDone(running({ eventsRead: 0 }))).toBe(0);
    expect(percentDone(running({ eventsRead: 500 }))).toBe(45);
    expect(percentDone(running({ phase: 'catch-up', eventsRead: 1500 }))).toBe(95);
    expect(percentDone(running({ phase: 'catch-up', eventsRead: 9999 }))).toBe(99);
    expect(percentDone(running({ state: 'failed', eventsRead: 10 }))).toBe(100);
  });

  it('never divides by an empty store', () => {
    expect(percentDone(running({ eventsTotal: 0, eventsRead: 0 }))).toBe(0);
  });
});

describe('stage rows', () => {
  it('lists every stage in order, a missing count as 0', () => {
    const rows = stageRows({
      tenant: null,
      stages: { 'awaiting-reply': 3 },
      withoutStage: 0,
      countedAt: '2026-12-03T06:00:00Z',
    });
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ stage: 'prepared', label: 'Prepared, not sent', value: 0 });
    expect(rows[1]?.value).toBe(3);
  });
});
