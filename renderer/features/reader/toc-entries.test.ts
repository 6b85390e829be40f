import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../shared/model/article-text';
import { currentEntry, currentEntryBy, percentRead, tocEntries } from './toc-entries';

describe('tocEntries', () => {
  it('lists the section headings with their offsets, skipping sections without one', () => {
    const blocks = articleBlocks({
      sections: [
        { heading: null, paragraphs: ['Opening.'] },
        { heading: 'First part', paragraphs: ['One.', 'Two.'] },
        { heading: 'Second part', paragraphs: ['Three.'] },
      ],
    });
    expect(tocEntries(blocks)).toEqual([
      { start: 10, text: 'First part' },
      { start: 34, text: 'Second part' },
    ]);
    expect(tocEntries(articleBlocks({ sections: [{ heading: null, paragraphs: ['Only text.'] }] }))).toEqual([]);
  });
});

describe('currentEntry', () => {
  it('is the last heading at or above the reading line, -1 before the first', () => {
    expect(currentEntry([300, 900, 1500], 120)).toBe(-1);
    expect(currentEntry([100, 900, 1500], 120)).toBe(0);
    expect(currentEntry([-800, -200, 120], 120)).toBe(2);
    expect(currentEntry([], 120)).toBe(-1);
  });
});

describe('currentEntryBy', () => {
  it('agrees with currentEntry on every line, unrendered headings (Infinity) included, asking few tops', () => {
    const cases = [[], [300], [100, 900, 1500], [-800, -200, 120], [-50, 10, 10, 400, Infinity, Infinity], Array.from({ length: 500 }, (_, i) => i * 40 - 3000)];
    for (const tops of cases) {
      for (const line of [-5000, -800, 0, 10, 119, 120, 121, 500, 1e9]) {
        let asked = 0;
        const got = currentEntryBy(tops.length, (i) => (asked++, tops[i]!), line);
        expect(got, `${tops.length} tops, line ${line}`).toBe(currentEntry(tops, line));
        expect(asked).toBeLessThanOrEqual(Math.ceil(Math.log2(tops.length + 1)));
      }
    }
  });
});

describe('percentRead', () => {
  it('rounds to whole percent inside 0–100', () => {
    expect(percentRead(0)).toBe(0);
    expect(percentRead(0.424)).toBe(42);
    expect(percentRead(1)).toBe(100);
    expect(percentRead(1.3)).toBe(100);
    expect(percentRead(Number.NaN)).toBe(0);
  });
});
