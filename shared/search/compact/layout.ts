import type { IndexField } from '../fields';

/**
 * The compact index file: "GLSI", the header's byte length (u32 LE), the header as JSON, then the
 * sections it names, each starting on a 4-byte boundary so typed arrays can view them in place:
 *
 * | section | holds |
 * |---|---|
 * | refs | article ids by document number, UTF-8, one per line |
 * | termShared | u8 per term: how many leading characters it shares with the term before it (front coding) |
 * | termSuffixes | the rest of each term, UTF-8, one per line: with termShared, the dictionary of every index term (Porter stem), sorted by code unit |
 * | forms | per term, one line: the distinct words (folded, unstemmed) the library had for it, each written against the term: a character 0x0B + d (d ≤ 19: drop d letters from the term's end), then the letters that follow; or 0x1F and the whole word |
 * | termIndex | u32 per term: the order Lunr's Builder first met it (its vector index), for exact scores |
 * | termStart | u32 per term + 1: where its block of postings begins |
 * | fieldLengths | u32 per field per document (field-major): Lunr's field length (terms after the pipeline) |
 * | postings | per term, a block: a bit mask of the fields it is in; per such field, its count, then per posting a varint of (document gap × 2 + 1 if the term frequency is 1), followed by a varint of tf − 2 when it is not 1; then per field, per posting, its word ordinals as gaps (tf of them) |
 *
 * Postings hold document numbers, not ids (the ids are stored once), and no weights: the BM25 weight
 * Lunr would have stored is re-evaluated from the frequency and field length when a query asks.
 * Version 2 front-codes the dictionary, writes forms against their term, puts a term's positions
 * right after its postings (one start table instead of two), writes counts only for the fields a term
 * is in and a frequency of 1 in the gap's low bit; version 1 files are refused with a message to rebuild.
 */
export const MAGIC = 'GLSI';
export const FORMAT = 'gloss-compact-index';
export const FORMAT_VERSION = 2;

export const FORM_DROP_BASE = 0x0b;
export const FORM_MAX_DROP = 19;
export const FORM_WHOLE = 0x1f;

export const SECTIONS = ['refs', 'termShared', 'termSuffixes', 'forms', 'termIndex', 'termStart', 'fieldLengths', 'postings'] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface CompactHeader {
  format: typeof FORMAT;
  version: number;
  /** The search pipeline's labels (as a Lunr index records them): a different pipeline is a different index. */
  pipeline: string[];
  fields: IndexField[];
  boosts: Record<string, number>;
  /** Lunr's BM25 parameters at build time. */
  k1: number;
  b: number;
  documentCount: number;
  termCount: number;
  sections: Record<SectionName, [offset: number, length: number]>;
}
