import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searcherFor } from '../search/testing/library';
import { parseSource } from './parse-source';

// The Chinese saved page of the fixture set, parsed the way the build parses it.
const file = fileURLToPath(new URL('./fixtures/pages/19-chinese.html', import.meta.url));
const parsed = parseSource('19-chinese.html', readFileSync(file, 'utf8'));
const english = parseSource('library.md', '# Library\n\nThe central library reopens its reading room next month.');

describe('words in scripts written without spaces', () => {
  it('finds a Chinese word in a Chinese article, and marks it', () => {
    if (!parsed.ok || !english.ok) throw new Error('fixtures did not parse');
    const searcher = searcherFor([parsed.value, english.value]);
    for (const word of ['阅览室', '图书馆', '修缮', '古籍']) {
      const response = searcher.search(word);
      expect(response.results.map((r) => r.articleId), word).toEqual([parsed.value.id]);
      expect(response.results[0]!.matches.length, word).toBeGreaterThan(0);
    }
    expect(searcher.search('"重新开放"').results.map((r) => r.articleId)).toEqual([parsed.value.id]);
    expect(searcher.search('library').results.map((r) => r.articleId)).toEqual([english.value.id]);
  });
});
