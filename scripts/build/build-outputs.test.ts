import { describe, expect, it } from 'vitest';
import { parseLibraryMeta } from '../../shared/library/library-files';
import { builtAtFor, buildOutputs } from './build-outputs';

describe('builtAtFor', () => {
  it('uses SOURCE_DATE_EPOCH when set, otherwise the newest source time, never the clock', () => {
    expect(builtAtFor(1_700_000_000_123, { SOURCE_DATE_EPOCH: '1579564800' })).toBe('2020-01-21T00:00:00.000Z');
    expect(builtAtFor(1_579_564_800_999, {})).toBe('2020-01-21T00:00:00.000Z');
  });
});

describe('buildOutputs', () => {
  it('is deterministic whatever the order of the sources', () => {
    const sources = [
      { file: 'b.txt', text: 'Second\n\nText about Baghdad.' },
      { file: 'a.md', text: '# First\n\nText about Najaf.' },
      { file: 'bad.txt', text: '' },
    ];
    const one = buildOutputs(sources, '2020-01-21T00:00:00.000Z');
    const two = buildOutputs([...sources].reverse(), '2020-01-21T00:00:00.000Z');
    expect(two.libraryJson).toBe(one.libraryJson);
    expect(Buffer.from(two.articleText).equals(one.articleText)).toBe(true);
    expect(Buffer.from(two.searchIndex).equals(one.searchIndex)).toBe(true);
    expect(one.library.articles.map((a) => a.title)).toEqual(['First', 'Second']);
    expect(one.errors).toEqual([{ file: 'bad.txt', reason: 'the file is empty' }]);
    expect(new TextDecoder().decode(one.searchIndex.subarray(0, 4))).toBe('GLSI');
    expect(parseLibraryMeta(one.libraryJson)).toMatchObject({ ok: true, value: { formatVersion: 3, articles: [{ title: 'First' }, { title: 'Second' }] } });
  });
});
