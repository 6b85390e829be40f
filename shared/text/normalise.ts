/**
 * The one normalisation used by BOTH indexing and querying, so that what a researcher types matches
 * what the author wrote: curly and straight quotes are one, diacritics fold, case folds.
 *
 * foldChars() keeps the string's length (one UTF-16 unit in, one out) so offsets computed on the
 * folded text are offsets in the original: snippets and match marks are cut from the original text.
 */

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u02BC': "'", // ʼ modifier letter apostrophe
  '\u0060': "'", // ` used as an apostrophe in pasted text
  '\u00B4': "'", // ´
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u00A0': ' ', // no-break space
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds one UTF-16 unit; exported for the test that holds the fast path to it. */
export function foldUnit(ch: string): string {
  const mapped = QUOTE_MAP[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch.toLowerCase();
  // Surrogate halves pass through untouched: folding them alone would corrupt the pair.
  if (code >= 0xd800 && code <= 0xdfff) return ch;
  const base = ch.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  // Ligatures and the like can expand (ß → ss under some folds); keep one unit to preserve offsets.
  return base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
}

// Characters foldUnit() leaves as they are: ASCII other than capitals and the backtick it reads as an
// apostrophe. Folding only the runs of other characters gives the same string several times faster on
// English text, which is most of what indexing and snippet-building fold.
// eslint-disable-next-line no-control-regex -- the class spells out the ASCII range on purpose
const NEEDS_FOLD = /[^\x00-\x40\x5b-\x5f\x61-\x7f]+/g;

function foldRun(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) out += foldUnit(run[i]!);
  return out;
}

/** Length-preserving fold: quotes unified, diacritics removed, lower case. */
export function foldChars(text: string): string {
  return text.replace(NEEDS_FOLD, foldRun);
}

/**
 * A search term as the index stores it (before stemming): folded, apostrophes dropped so that
 * "Kata’ib", "Kata'ib" and "Kataib" are one term, and surrounding punctuation trimmed.
 */
export function normaliseTerm(term: string): string {
  return foldChars(term)
    .replace(/'/g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
