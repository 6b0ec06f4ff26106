import { CHUNK_CHARS, chunkRows, decodeRows } from './contact-list-snapshot';
import { type ContactListRow, listedDetails, unpackRow } from './contact-list.row';

function row(contactId: string, note = ''): ContactListRow {
  return unpackRow({
    contactId,
    status: 'active',
    details: JSON.stringify(
      listedDetails({ givenName: 'Zoë', familyName: `Ørsted ${note}`, email: 'z@x.example' }),
    ),
    warmth: 'warm',
    source: null,
    tags: [{ kind: 'industry', value: 'Énergie' }],
    noteCount: 2,
    emailUndeliverable: { email: 'z@x.example', kind: 'hard', reason: 'gone', since: '2026-01-02' },
    addedAt: new Date('2026-03-14T09:30:00.000Z'),
    updatedAt: new Date('2026-04-01T17:00:00.123Z'),
  });
}

describe('list snapshot chunks', () => {
  it('give back the rows as they were, dates included', () => {
    const rows = [row('c-1'), row('c-2')];
    const parts = chunkRows(rows);
    expect(parts).toHaveLength(1);
    expect(decodeRows(Buffer.from(parts[0]!, 'utf8'))).toEqual(rows);
  });

  it('split before a chunk would pass its size, every row in exactly one chunk', () => {
    // The name shows in the row several times (name, search text, sort key).
    const big = 'x'.repeat(Math.floor(CHUNK_CHARS / 10));
    const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => row(id, big));
    const parts = chunkRows(rows);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((json) => json.length <= CHUNK_CHARS)).toBe(true);
    // Filled greedily: a chunk and the next one's first row would not fit together.
    for (let i = 1; i < parts.length; i++)
      expect(
        parts[i - 1]!.length + JSON.stringify(decodeRows(parts[i]!)[0]).length,
      ).toBeGreaterThan(CHUNK_CHARS);
    expect(parts.flatMap((json) => decodeRows(json)).map((r) => r.contactId)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('keep an empty list as one empty chunk', () => {
    expect(chunkRows([])).toEqual(['[]']);
    expect(decodeRows('[]')).toEqual([]);
  });
});
