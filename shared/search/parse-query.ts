import { foldChars } from '../text';
import { FIELD_ALIASES, type IndexField } from './fields';
import { isStopWord } from './pipeline';
import type { ParsedQuery, QueryClause, QueryWord, WordMode } from './query-ast';
import { tokenizeWords } from './tokenize';

// Nobody types more than this on purpose; a pasted page would otherwise cost a Lunr clause per word.
export const MAX_QUERY_CHARS = 1000;
export const MAX_CLAUSES = 24;
const MAX_DISTANCE = 2;

const FIELD_PREFIX = /^([a-z]+):/;
const FUZZY_SUFFIX = /~(\d*)$/;
const BOOST_SUFFIX = /\^\d*$/;

/**
 * Parses what a researcher typed into clauses. Lenient by design: any string parses; syntax it cannot
 * use (a lone `-`, `*`, an unknown `field:`, an unbalanced quote) degrades to plain words.
 *
 * Syntax: words (all required), "a phrase", prefix*, word~1 / word~2 (typo tolerance),
 * -word / -"a phrase" (exclude), title:word / byline: / source: / heading: / body: (field filters).
 */
export function parseQuery(input: string): ParsedQuery {
  const truncated = input.length > MAX_QUERY_CHARS;
  const original = truncated ? input.slice(0, MAX_QUERY_CHARS) : input;
  // foldChars keeps offsets, so the folded copy finds the syntax (curly quotes count as quotes) while
  // slices of the original keep what was typed for messages.
  const folded = foldChars(original);
  const clauses: QueryClause[] = [];
  const dropped: string[] = [];
  let i = 0;
  while (i < folded.length) {
    if (/\s/.test(folded[i]!)) {
      i++;
      continue;
    }
    const clauseStart = i;
    let exclude = false;
    if ((folded[i] === '-' || folded[i] === '+') && i + 1 < folded.length && !/\s/.test(folded[i + 1]!)) {
      exclude = folded[i] === '-';
      i++;
    }
    let fields: IndexField[] | null = null;
    const fieldMatch = FIELD_PREFIX.exec(folded.slice(i, i + 12));
    const field = fieldMatch ? FIELD_ALIASES[fieldMatch[1]!] : undefined;
    if (fieldMatch && field) {
      fields = [field];
      i += fieldMatch[0].length;
    }
    let words: QueryWord[];
    const quoted = folded[i] === '"';
    if (quoted) {
      const close = folded.indexOf('"', i + 1);
      const end = close === -1 ? folded.length : close;
      words = phraseWords(original.slice(i + 1, end));
      i = close === -1 ? folded.length : close + 1;
    } else {
      let end = i;
      while (end < folded.length && !/\s/.test(folded[end]!)) end++;
      words = chunkWords(original.slice(i, end));
      i = end;
    }
    const text = original.slice(clauseStart, i);
    if (words.length === 0) continue;
    if (words.every((w) => w.mode !== 'prefix' && isStopWord(w.norm))) {
      dropped.push(text);
      continue;
    }
    clauses.push({ words, fields, quoted, exclude, text });
  }
  const tooMany = clauses.length > MAX_CLAUSES;
  return { clauses: tooMany ? clauses.slice(0, MAX_CLAUSES) : clauses, dropped, truncated: truncated || tooMany };
}

/** Words inside quotes: stemmed, in order; a trailing * still makes a prefix. */
function phraseWords(body: string): QueryWord[] {
  return splitWords(body).map(({ text, norm, starred }) => word(text, norm, starred ? 'prefix' : 'stem', 0));
}

/** An unquoted chunk: one word, or a hyphenated/dotted run (al-Muhandis, U.S.) matched as a phrase. */
function chunkWords(chunk: string): QueryWord[] {
  let body = chunk.replace(BOOST_SUFFIX, '');
  let mode: WordMode = 'stem';
  let distance = 0;
  const fuzzy = FUZZY_SUFFIX.exec(body);
  if (fuzzy) {
    body = body.slice(0, fuzzy.index);
    distance = Math.min(MAX_DISTANCE, fuzzy[1] === '' ? 1 : Number(fuzzy[1]));
    if (distance > 0) mode = 'fuzzy';
  }
  const parts = splitWords(body);
  return parts.map(({ text, norm, starred }, k) => {
    if (starred && k === parts.length - 1) return word(text, norm, 'prefix', 0);
    // Two edits on a two-letter word would match every short word in the library.
    const d = mode === 'fuzzy' ? Math.min(distance, norm.length - 1) : 0;
    return word(text, norm, d > 0 ? 'fuzzy' : 'stem', d);
  });
}

function splitWords(body: string): { text: string; norm: string; starred: boolean }[] {
  return tokenizeWords(body).map((w) => ({
    text: body.slice(w.start, w.end),
    norm: w.norm,
    starred: body[w.end] === '*',
  }));
}

function word(text: string, norm: string, mode: WordMode, distance: number): QueryWord {
  // A one-letter prefix would pull in a sizeable share of the vocabulary; read it as the letter itself.
  if (mode === 'prefix' && norm.length < 2) return { text, norm, mode: 'stem', distance: 0 };
  return { text, norm, mode, distance };
}
