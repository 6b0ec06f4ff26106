import { dueItemsOf, dueLabel, type InboxItem } from './due-items';

const item = (id: string, extra: Partial<InboxItem>): InboxItem => ({
  id,
  kind: 'follow-up-due',
  title: `item ${id}`,
  body: '',
  actionUrl: `/outreach/${id}`,
  createdAt: '2026-11-01T09:00:00.000Z',
  read: false,
  ...extra,
});

describe('dueItemsOf', () => {
  it('keeps unread items with a due time, soonest first', () => {
    const due = dueItemsOf([
      item('late', { dueAt: '2026-11-20T09:00:00.000Z' }),
      item('news', {}),
      item('done', { dueAt: '2026-11-02T09:00:00.000Z', read: true }),
      item('soon', { dueAt: '2026-11-03T09:00:00.000Z' }),
    ]);
    expect(due.map((entry) => entry.id)).toEqual(['soon', 'late']);
  });
});

describe('dueLabel', () => {
  const now = new Date('2026-11-10T12:00:00.000Z');

  it('says overdue for a time past', () => {
    expect(dueLabel('2026-11-09T12:00:00.000Z', now, 'en-GB')).toMatch(/^Overdue since /);
  });

  it('says due for a time ahead', () => {
    expect(dueLabel('2026-11-11T12:00:00.000Z', now, 'en-GB')).toMatch(/^Due /);
  });
});
