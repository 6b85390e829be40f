import { describe, expect, it } from 'vitest';
import v2Rows from './fixtures/002-tags.json';
import { rekeyTagsV2toV3, type TagRecordV2 } from './003-folded-tag-keys';

describe('migration 003: tags keyed by the folded name', () => {
  it('re-keys the frozen v2 fixture and merges tags that are now one, keeping the earliest', () => {
    expect(rekeyTagsV2toV3(v2Rows as TagRecordV2[])).toEqual([
      // "cafe" was made before "Café": its spelling stays.
      { key: 'cafe', name: 'cafe', createdAt: '2024-03-01T10:00:00.000Z' },
      { key: 'elan', name: 'Élan', createdAt: '2024-03-04T12:00:00.000Z' },
      { key: 'iraq', name: 'Iraq', createdAt: '2024-03-01T09:00:00.000Z' },
      // Same time: the first in v2 key order ("kata'ib" sorts before "kata’ib") stays.
      { key: "kata'ib", name: "Kata'ib", createdAt: '2024-03-05T08:00:00.000Z' },
      { key: 'to read', name: 'to read', createdAt: '2024-03-03T12:00:00.000Z' },
    ]);
  });

  it('leaves an empty table empty and does not change the input rows', () => {
    expect(rekeyTagsV2toV3([])).toEqual([]);
    const rows: TagRecordV2[] = [{ key: 'café', name: 'Café', createdAt: '2024-01-01T00:00:00.000Z' }];
    rekeyTagsV2toV3(rows);
    expect(rows[0]!.key).toBe('café');
  });
});
