import type { IndexField } from '../fields';

/**
 * The compact index file: "GLSI", the header's byte length (u32 LE), the header as JSON, then the
 * sections it names, each starting on a 4-byte boundary so typed arrays can view them in place:
 *
 * | section | holds |
 * |---|---|
 * | refs | article ids by document number, UTF-8, one per line |
 * | terms | the dictionary: every index term (Porter stem), sorted by code unit, one per line |
 * | forms | per term, one line: the distinct words (folded, unstemmed) the library had for it, space-separated |
 * | termIndex | u32 per term: the order Lunr's Builder first met it (its vector index), for exact scores |
 * | postingStart, positionStart | u32 per term + 1: where its postings and positions begin |
 * | fieldLengths | u32 per field per document (field-major): Lunr's field length (terms after the pipeline) |
 * | postings | per term, per field: count, then (document gap, term frequency) varints |
 * | positions | per term, per field, per posting: its word ordinals as gaps (tf of them) |
 *
 * Postings hold document numbers, not ids (the ids are stored once), and no weights: the BM25 weight
 * Lunr would have stored is re-evaluated from the frequency and field length when a query asks.
 */
export const MAGIC = 'GLSI';
export const FORMAT = 'gloss-compact-index';
export const FORMAT_VERSION = 1;

export const SECTIONS = ['refs', 'terms', 'forms', 'termIndex', 'postingStart', 'positionStart', 'fieldLengths', 'postings', 'positions'] as const;
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
