import type { ContactListRow } from '../projections/contact-list.row';
import { compareCodePoints, inListOrder, pageAfter, positionOf } from './contact-list.order';

const row = (sortKey: string, contactId: string) => ({ sortKey, contactId }) as ContactListRow;

describe('contact list order', () => {
  it('orders strings as MongoDB does (by UTF-8 bytes), astral characters included', () => {
    const words = ['b', 'a', 'ab', '', 'é', 'z', '\uffff', '😀', '\ue000', 'A'];
    const bytes = [...words].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...words].sort(compareCodePoints)).toEqual(bytes);
  });

  it('orders by sort key, then contact id, and pages after a cursor without skipping', () => {
    const rows = inListOrder([
      row('baker bo', 'c2'),
      row('baker ann', 'c9'),
      row('baker bo', 'c1'),
    ]);
    expect(rows.map((r) => r.contactId)).toEqual(['c9', 'c1', 'c2']);
    const first = pageAfter(rows, 2, undefined);
    expect(first.items.map((r) => r.contactId)).toEqual(['c9', 'c1']);
    expect(first.more).toBe(true);
    const second = pageAfter(rows, 2, positionOf(first.items[1]!));
    expect(second.items.map((r) => r.contactId)).toEqual(['c2']);
    expect(second.more).toBe(false);
    // A cursor whose contact has gone since still continues from where it stood.
    expect(pageAfter(rows, 5, { s: 'baker b', c: 'zz' }).items.map((r) => r.contactId)).toEqual([
      'c1',
      'c2',
    ]);
    expect(pageAfter(rows, 5, { s: 'zzz', c: '' })).toEqual({ items: [], more: false });
  });
});
