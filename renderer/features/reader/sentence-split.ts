/**
 * Sentences of a block of prose, as offsets, for selecting passages with the keyboard. A small rule
 * set rather than Intl.Segmenter: ICU breaks after "U.S." before any capital ("the U.S. Treasury"),
 * which news text is full of, and its output differs between ICU versions (Node, Electron, Chromium).
 * Sentences never cross blocks: a heading or a paragraph always ends the sentence in it.
 */

export interface SentenceSpan {
  /** Offset of the first character (in the block's text, or articleText() for articleSentences). */
  start: number;
  /** Offset just past the terminal punctuation and any closing quote or bracket. */
  end: number;
}

export interface ArticleSentence extends SentenceSpan {
  /** Index of the block (in articleBlocks() order) the sentence lies in. */
  block: number;
}

// Abbreviations a sentence rarely ends on, so a period after them is not a boundary even before a
// capital ("Gen. Soleimani", "Jan. 3", "St. Louis"). Lower case, without the period.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'amb', 'no', 'nos', 'vs', 'etc', 'approx', 'fig', 'figs', 'vol', 'p', 'pp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'dept',
]);

// Terminal punctuation, then closing quotes or brackets, then the space before the next sentence.
const BOUNDARY = /([.!?…]+)([”’"')\]]*)(\s+)/gu;
// What a sentence may start with: a capital, a digit, an opening quote or bracket, or a lower-case
// Arabic article before a capitalised name ("al-Sadr said …", "el-Sisi").
const SENTENCE_START = /^(?:[\p{Lu}\p{N}“‘"'([¿¡]|\p{Ll}{1,3}-\p{Lu})/u;
// "U.S", "U.N", "e.g", "i.e" (the word before the final period): initialisms, usually mid-sentence.
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_INITIAL = /^\p{Lu}$/u;

/** Whether the period after `word` is an abbreviation's, not a sentence's end. */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[“‘"'([]+/u, '');
  return INITIALISM.test(bare) || SINGLE_INITIAL.test(bare) || ABBREVIATIONS.has(bare.toLowerCase());
}

/** The sentences of one block of text, in order, trimmed of surrounding white space. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (s < e) spans.push({ start: s, end: e });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const [, marks, closers, space] = m as unknown as [string, string, string, string];
    const end = m.index + marks.length + closers.length;
    const next = end + space.length;
    if (!SENTENCE_START.test(text.slice(next, next + 8))) continue;
    if (marks === '.' && closers === '') {
      const word = /\S*$/u.exec(text.slice(start, m.index))?.[0] ?? '';
      if (isAbbreviation(word)) continue;
    }
    push(start, end);
    start = next;
  }
  push(start, text.length);
  return spans;
}

/** Every sentence of the article, in articleText() offsets, given its blocks (see articleBlocks()). */
export function articleSentences(blocks: readonly { start: number; text: string }[]): ArticleSentence[] {
  return blocks.flatMap((b, block) => splitSentences(b.text).map((s) => ({ start: b.start + s.start, end: b.start + s.end, block })));
}
