import { EMPTY, unionSorted, type DocSet } from '../doc-sets';
import { INDEX_FIELDS, type IndexField } from '../fields';
import type { LoadedIndex, QueryTerms } from '../loaded-index';
import type { DecodedPostings } from '../compact/compact-index';
import { lunrScores, type TermSource } from '../compact/lunr-scores';
import { Vocabulary } from '../vocabulary';

/** A compact index as scoring sees it: what loadCompactIndex returns (its class implements both). */
export type CompactPart = LoadedIndex & TermSource;

export function isCompactPart(index: LoadedIndex): index is CompactPart {
  const p = index as Partial<CompactPart>;
  return typeof p.postings === 'function' && typeof p.lunrTermIndex === 'function' && p.fieldLengths instanceof Uint32Array;
}

// Merged postings are kept for the terms of the last few queries, as the compact index keeps its own.
const POSTINGS_CACHE = 4096;

/**
 * Several compact indexes read as one: the bundled index first, then one small index per imported
 * article, with documents numbered on (part 0's documents, then part 1's, …). Every statistic BM25
 * reads — the document count, each term's document frequency, the average field lengths, the order
 * Lunr's Builder would have met the terms in — is that of ONE index built over all their documents
 * in this order, so scores, ranking and totals are exactly those of a full rebuild (asserted against
 * one in merged-index.test.ts), while adding, removing or editing an article only changes its own part.
 *
 * Making the view is a linear merge of the parts' sorted dictionaries, no tokenising; postings are
 * joined per term when a query asks for them.
 */
export class MergedIndex implements LoadedIndex, TermSource {
  readonly fields: readonly IndexField[] = INDEX_FIELDS;
  readonly documentCount: number;
  readonly fieldLengths: Uint32Array;
  readonly averageFieldLengths: number[];
  readonly boosts: number[];
  readonly k1: number;
  readonly b: number;
  readonly vocabulary: Vocabulary;
  private readonly starts: number[] = [];
  /** Per merged term: the part-0 term id, or -1. */
  private readonly baseIds: Int32Array;
  /** Per merged term that a later part holds: [part, term id in that part] pairs, in part order. */
  private readonly later = new Map<number, number[]>();
  private readonly termOrder: Float64Array;
  private readonly refNumbers = new Map<string, number>();
  private readonly postingsCache = new Map<number, DecodedPostings>();

  constructor(private readonly parts: readonly CompactPart[]) {
    if (parts.length === 0) throw new Error('A merged index needs at least one part.');
    let n = 0;
    for (const p of parts) {
      this.starts.push(n);
      n += p.documentCount;
    }
    this.documentCount = n;
    const base = parts[0]!;
    this.boosts = INDEX_FIELDS.map((f) => base.boosts[base.fieldOf(f)]!);
    this.k1 = base.k1;
    this.b = base.b;
    // Field-major, as in one index; sums of whole numbers are exact whatever the order.
    this.fieldLengths = new Uint32Array(INDEX_FIELDS.length * n);
    this.averageFieldLengths = INDEX_FIELDS.map((field, f) => {
      let total = 0;
      parts.forEach((p, i) => {
        const pf = p.fieldOf(field);
        const pn = p.documentCount;
        const from = p.fieldLengths.subarray(pf * pn, pf * pn + pn);
        this.fieldLengths.set(from, f * n + this.starts[i]!);
        for (let d = 0; d < pn; d++) total += from[d]!;
      });
      return total / n;
    });
    for (let i = 1; i < parts.length; i++) {
      const p = parts[i]!;
      for (let d = 0; d < p.documentCount; d++) this.refNumbers.set(p.ref(d), this.starts[i]! + d);
    }

    // The later parts' terms: each with the parts (and local ids) holding it.
    const laterTerms = new Map<string, number[]>();
    for (let i = 1; i < parts.length; i++) {
      parts[i]!.vocabulary.sortedTerms.forEach((term, id) => {
        const list = laterTerms.get(term);
        if (list) list.push(i, id);
        else laterTerms.set(term, [i, id]);
      });
    }
    const baseTerms = base.vocabulary.sortedTerms;
    const extra = [...laterTerms.keys()].sort();
    const merged: string[] = [];
    const baseIds: number[] = [];
    let a = 0, e = 0;
    while (a < baseTerms.length || e < extra.length) {
      const t = a < baseTerms.length && (e >= extra.length || baseTerms[a]! <= extra[e]!) ? baseTerms[a]! : extra[e]!;
      const id = merged.length;
      merged.push(t);
      if (a < baseTerms.length && baseTerms[a] === t) baseIds.push(a++);
      else baseIds.push(-1);
      if (e < extra.length && extra[e] === t) this.later.set(id, laterTerms.get(extra[e++]!)!);
    }
    this.baseIds = Int32Array.from(baseIds);

    // Lunr numbers terms in the order its Builder first meets them: part 0's as they are; a term
    // first seen in a later part comes after all of part 0's, ordered by (first part, its order there).
    this.termOrder = new Float64Array(merged.length);
    const fresh: [mergedId: number, part: number, order: number][] = [];
    for (let id = 0; id < merged.length; id++) {
      const b = this.baseIds[id]!;
      if (b >= 0) this.termOrder[id] = base.lunrTermIndex(b);
      else {
        const where = this.later.get(id)!;
        fresh.push([id, where[0]!, parts[where[0]!]!.lunrTermIndex(where[1]!)]);
      }
    }
    fresh.sort((x, y) => x[1] - y[1] || x[2] - y[2]);
    fresh.forEach(([id], k) => (this.termOrder[id] = baseTerms.length + k));

    const formsOf = (id: number): readonly string[] => {
      const words = new Set<string>();
      const b = this.baseIds[id]!;
      if (b >= 0) for (const w of base.vocabulary.formsAt(b) ?? []) words.add(w);
      const where = this.later.get(id) ?? [];
      for (let k = 0; k < where.length; k += 2) for (const w of parts[where[k]!]!.vocabulary.formsAt(where[k + 1]!) ?? []) words.add(w);
      return [...words].sort();
    };
    this.vocabulary = Vocabulary.fromSorted(merged, formsOf);
  }

  fieldOf(field: IndexField): number {
    return INDEX_FIELDS.indexOf(field);
  }

  termId(term: string): number {
    return this.vocabulary.indexOf(term);
  }

  lunrTermIndex(termId: number): number {
    return this.termOrder[termId]!;
  }

  private partOf(doc: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= doc) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  ref(doc: number): string {
    const i = this.partOf(doc);
    return this.parts[i]!.ref(doc - this.starts[i]!);
  }

  docNumber(ref: string): number | undefined {
    return this.parts[0]!.docNumber(ref) ?? this.refNumbers.get(ref);
  }

  postings(termId: number): DecodedPostings {
    const hit = this.postingsCache.get(termId);
    if (hit) return hit;
    const pieces: [part: number, postings: DecodedPostings][] = [];
    const b = this.baseIds[termId]!;
    if (b >= 0) pieces.push([0, this.parts[0]!.postings(b)]);
    const where = this.later.get(termId) ?? [];
    for (let k = 0; k < where.length; k += 2) pieces.push([where[k]!, this.parts[where[k]!]!.postings(where[k + 1]!)]);
    const docs: Int32Array[] = [];
    const tfs: Int32Array[] = [];
    let df = 0;
    for (const field of INDEX_FIELDS) {
      let count = 0;
      for (const [part, p] of pieces) count += p.docs[this.parts[part]!.fieldOf(field)]!.length;
      const d = new Int32Array(count);
      const t = new Int32Array(count);
      let k = 0;
      for (const [part, p] of pieces) {
        const pf = this.parts[part]!.fieldOf(field);
        const start = this.starts[part]!;
        const pd = p.docs[pf]!;
        for (let i = 0; i < pd.length; i++) d[k + i] = pd[i]! + start;
        t.set(p.tfs[pf]!, k);
        k += pd.length;
      }
      docs.push(d);
      tfs.push(t);
      df += count;
    }
    // positionsAt is the compact file's own bookkeeping: the merged view reads positions from each part (positions()).
    const merged: DecodedPostings = { documentFrequency: df, docs, tfs, positionsAt: -1 };
    if (this.postingsCache.size >= POSTINGS_CACHE) this.postingsCache.delete(this.postingsCache.keys().next().value!);
    this.postingsCache.set(termId, merged);
    return merged;
  }

  docsWith(term: string, fields: readonly IndexField[] | null): DocSet {
    const id = this.termId(term);
    if (id < 0) return EMPTY;
    const p = this.postings(id);
    return unionSorted((fields ?? this.fields).map((f) => p.docs[this.fieldOf(f)]!), this.documentCount);
  }

  positions(term: string, field: string, doc: number): ArrayLike<number> | null | undefined {
    const i = this.partOf(doc);
    return this.parts[i]!.positions(term, field, doc - this.starts[i]!);
  }

  scores(query: readonly QueryTerms[]): Float64Array {
    return lunrScores(this, query);
  }
}
