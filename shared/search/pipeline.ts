import lunr from 'lunr';
import { forEachWord, normaliseWord } from './tokenize';

/**
 * The one text pipeline for indexing and querying. The builder runs glossFold → stopWordFilter →
 * stemmer; the serialised index carries [glossFold, stemmer] as its search pipeline, so glossFold must
 * be registered before lunr.Index.load() (importing this module does it).
 */
export const PIPELINE_LABEL = 'glossFold';
export const SEARCH_PIPELINE_LABELS: readonly string[] = [PIPELINE_LABEL, 'stemmer'];

export const glossFold: lunr.PipelineFunction = (token) => {
  const folded = token.update((s) => normaliseWord(s));
  return folded.toString() === '' ? null : folded;
};

// registeredFunctions is Lunr's registry (undeclared in @types/lunr); registering twice would warn.
const registry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
if (!(PIPELINE_LABEL in registry)) lunr.Pipeline.registerFunction(glossFold, PIPELINE_LABEL);

/**
 * Posting metadata key for word positions (ordinals within the field, stop words counted), which let
 * phrases be checked from the index. One letter: it is repeated in every posting of the shipped JSON.
 */
export const POSITION_KEY = 'p';

// Blocks (paragraphs, headings) are joined by blank lines; a gap in the ordinals there keeps a phrase
// from matching across two blocks, as it cannot in the text.
const BLOCK_BREAK = /\n[ \t]*\n/;

/**
 * Visits a field's words with their ordinals (stop words counted; a blank line between blocks skips
 * one ordinal). The one definition of word positions: Lunr's tokenizer below and the compact builder
 * both go through it.
 */
export function forEachFieldWord(text: string, visit: (norm: string, ordinal: number) => void): void {
  let ordinal = 0;
  let previousEnd = 0;
  forEachWord(text, (start, end, norm) => {
    // A block break needs two line breaks between the words: most gaps are one space, so the regex
    // runs only on gaps that could hold one.
    if (ordinal > 0 && start - previousEnd >= 2 && BLOCK_BREAK.test(text.slice(previousEnd, start))) ordinal++;
    previousEnd = end;
    visit(norm, ordinal++);
  });
}

/** Splits a field into words the same way the query parser and the match finder do. */
const glossTokenizer = Object.assign(
  (obj?: null | string | object | object[], metadata?: object): lunr.Token[] => {
    const text = typeof obj === 'string' ? obj : obj == null ? '' : String(obj);
    const tokens: lunr.Token[] = [];
    forEachFieldWord(text, (norm, ordinal) => tokens.push(new lunr.Token(norm, { ...metadata, [POSITION_KEY]: ordinal })));
    return tokens;
  },
  { separator: lunr.tokenizer.separator },
);

export function configureBuilder(builder: lunr.Builder): void {
  builder.tokenizer = glossTokenizer;
  builder.metadataWhitelist = [POSITION_KEY];
  builder.pipeline.reset();
  builder.pipeline.add(glossFold, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(glossFold, lunr.stemmer);
}

export function isStopWord(norm: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(norm, {})) === undefined;
}

// Stemming is the hot path of match finding; a corpus has tens of thousands of distinct words, so a
// bounded memo keeps it cheap without growing forever.
const STEM_MEMO_LIMIT = 200_000;
const stemMemo = new Map<string, string>();

/** The index term for an already normalised word (Porter stem). */
export function stemWord(norm: string): string {
  let stem = stemMemo.get(norm);
  if (stem === undefined) {
    stem = lunr.stemmer(new lunr.Token(norm, {})).toString();
    if (stemMemo.size >= STEM_MEMO_LIMIT) stemMemo.clear();
    stemMemo.set(norm, stem);
  }
  return stem;
}

/** What the indexing pipeline makes of one word: its folded form and its index term, or null (dropped). */
export interface IndexedWord {
  /** After glossFold: the surface form prefixes and fuzzy queries compare with. */
  form: string;
  /** After the stemmer: the index term. */
  term: string;
}

const indexedMemo = new Map<string, IndexedWord | null>();

/**
 * The builder's pipeline (glossFold → stopWordFilter → stemmer) for one word, remembered: each step
 * maps one token to at most one and reads nothing but its text, so a word always gives the same
 * term, and a library has far fewer distinct words than words. Running Lunr's Token objects through
 * the pipeline for every word was most of the build's time.
 */
export function indexedWord(word: string): IndexedWord | null {
  let hit = indexedMemo.get(word);
  if (hit === undefined) {
    const folded = glossFold(new lunr.Token(word, {}), 0, []);
    const form = folded ? folded.toString() : '';
    hit = form === '' || isStopWord(form) ? null : { form: detached(form), term: detached(stemWord(form)) };
    if (indexedMemo.size >= STEM_MEMO_LIMIT) indexedMemo.clear();
    indexedMemo.set(detached(word), hit);
  }
  return hit;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A copy of `s` that does not point into the text it was cut from. V8 cuts a string of 13 or more
 * characters as a view of its parent, so a word kept in a memo or a dictionary would keep a whole
 * article's folded text alive (20 MB for a 20 MB source).
 */
function detached(s: string): string {
  return s.length < 13 ? s : decoder.decode(encoder.encode(s));
}
