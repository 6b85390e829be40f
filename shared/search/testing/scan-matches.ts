import { clauseMatcher, clauseRanges, mergeRanges, type FuzzyRule } from '../match-words';
import { parseQuery } from '../parse-query';
import { tokenizeWords, type TextRange } from '../tokenize';

// Blank lines separate blocks in articleText(), and a phrase should not run from a heading into a paragraph.
const BLOCK_BREAK = /\n[ \t]*\n/g;

/**
 * Test support: where the words and phrases a query looks for occur in a text, found by scanning it
 * word by word (field filters and exclusions are ignored: they choose articles, not words), merged
 * and in document order. The ground truth the index-backed search is checked against; never throws.
 */
export function scanMatchRanges(text: string, query: string, fuzzy: FuzzyRule = 'surface'): TextRange[] {
  const matchers = parseQuery(query)
    .clauses.filter((c) => !c.exclude)
    .map((c) => clauseMatcher(c, fuzzy));
  if (matchers.length === 0) return [];
  const ranges: TextRange[] = [];
  let blockStart = 0;
  for (const m of [...text.matchAll(BLOCK_BREAK), null]) {
    const blockEnd = m ? m.index : text.length;
    const words = tokenizeWords(text.slice(blockStart, blockEnd), blockStart);
    for (const matcher of matchers) ranges.push(...clauseRanges(matcher, words));
    if (m) blockStart = m.index + m[0].length;
  }
  return mergeRanges(ranges);
}
