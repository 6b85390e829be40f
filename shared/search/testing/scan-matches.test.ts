import { describe, expect, it } from 'vitest';
import { mergeRanges } from '../match-words';
import { scanMatchRanges as findMatchRanges } from './scan-matches';

const marked = (text: string, query: string) => findMatchRanges(text, query).map((r) => text.slice(r.start, r.end));

describe('findMatchRanges', () => {
  const text = 'Protesters set fire to Kata’ib posts.\n\nThe Iranian regime’s protest failed; protests grew.';

  it('marks every stemmed match in document order', () => {
    expect(marked(text, 'protest')).toEqual(['Protesters', 'protest', 'protests']);
  });

  it('marks phrases whole, prefixes and fuzzy words', () => {
    expect(marked(text, '"iranian regime"')).toEqual(['Iranian regime’s']);
    expect(marked(text, '"regime iranian"')).toEqual([]);
    expect(marked(text, 'iran*')).toEqual(['Iranian']);
    // Edit distance on the word as typed and as written: "regime’s" is "regimes", two edits from "regme".
    expect(marked(text, "kata'ib~1 regimes~1 protestz~1")).toEqual(['Kata’ib', 'regime’s', 'protest', 'protests']);
    expect(marked(text, 'regme~1')).toEqual([]);
    // Over stems (Lunr's index has nothing else), "regm" is one edit from "regim".
    expect(findMatchRanges(text, 'regme~1', 'stem').map((r) => text.slice(r.start, r.end))).toEqual(['regime’s']);
  });

  it('does not run a phrase across a blank line', () => {
    expect(marked(text, '"posts the"')).toEqual([]);
    expect(marked('posts the', '"posts the"')).toEqual(['posts the']);
  });

  it('ignores exclusions and field filters, and never throws', () => {
    expect(marked(text, 'title:fire -protest')).toEqual(['fire']);
    expect(findMatchRanges(text, '"')).toEqual([]);
    expect(findMatchRanges('', 'iran')).toEqual([]);
  });

  it('merges overlapping matches', () => {
    expect(marked(text, '"iranian regime" regime')).toEqual(['Iranian regime’s']);
    expect(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 4 }, { start: 9, end: 10 }])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
      { start: 9, end: 10 },
    ]);
  });
});
