import type { IndexField } from '../fields';
import type { QueryTerms } from '../loaded-index';
import type { DecodedPostings } from './compact-index';

/** What scoring needs from an index. */
export interface TermSource {
  readonly documentCount: number;
  /** Field-major: fieldLengths[f * documentCount + doc]. */
  readonly fieldLengths: Uint32Array;
  readonly averageFieldLengths: number[];
  readonly boosts: number[];
  readonly k1: number;
  readonly b: number;
  readonly fields: readonly IndexField[];
  fieldOf(field: IndexField): number;
  /** -1 when the term is not in the index. */
  termId(term: string): number;
  lunrTermIndex(termId: number): number;
  postings(termId: number): DecodedPostings;
}

/**
 * Exactly the score lunr.Index.query gives each document for these terms (every term OPTIONAL, no
 * pipeline, no wildcard), as Engine.rank asked of Lunr before, evaluated from postings:
 *
 * - a field's stored weight is the Builder's BM25 value, boosted and rounded to 3 decimals
 *   (lunr.Builder#createFieldVectors), re-evaluated here from the term frequency and field length with
 *   the same operations in the same order, so it is the same double;
 * - the IDF counts a document once per field that holds the term (lunr.idf sums the field postings);
 * - a field's similarity is the dot product of the query vector (1 per term, summed when two clauses
 *   name it) with the field vector, summed in Lunr's term-index order, divided by the query vector's
 *   magnitude (lunr.Vector#similarity);
 * - a document's score adds its fields' similarities in the order Lunr first met each field match
 *   (clause, term, field), since floating-point addition is not associative.
 */
export function lunrScores(index: TermSource, query: readonly QueryTerms[]): Float64Array {
  const n = index.documentCount;
  const fieldCount = index.fields.length;
  // Per field: term id → query-vector value; and (term, field) pairs in Lunr's visiting order.
  const queryVectors: Map<number, number>[] = index.fields.map(() => new Map());
  const visits: [termId: number, field: number][] = [];
  const visited = new Set<number>();
  for (const clause of query) {
    for (const term of clause.terms) {
      const id = index.termId(term);
      if (id < 0) continue;
      for (const field of clause.fields ?? index.fields) {
        const f = index.fieldOf(field);
        const qv = queryVectors[f]!;
        qv.set(id, (qv.get(id) ?? 0) + 1);
        const key = id * fieldCount + f;
        if (!visited.has(key)) {
          visited.add(key);
          visits.push([id, f]);
        }
      }
    }
  }
  // The order each document's fields were first matched in: orders[doc * fieldCount + k] for k < seen[doc].
  const orders = new Uint8Array(n * fieldCount);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  for (const [id, f] of visits) {
    const docs = index.postings(id).docs[f]!;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const count = seen[doc]!;
      if (count === 0) touched.push(doc);
      let known = false;
      for (let k = 0; k < count; k++) if (orders[doc * fieldCount + k] === f) known = true;
      if (!known) {
        orders[doc * fieldCount + count] = f;
        seen[doc] = count + 1;
      }
    }
  }
  const dots: (Float64Array | null)[] = index.fields.map(() => null);
  const magnitudes: number[] = [];
  const lengths = index.fieldLengths;
  const { k1, b } = index;
  for (let f = 0; f < fieldCount; f++) {
    const qv = queryVectors[f]!;
    const ordered = [...qv.keys()].sort((x, y) => index.lunrTermIndex(x) - index.lunrTermIndex(y));
    let sumOfSquares = 0;
    for (const id of ordered) sumOfSquares += qv.get(id)! * qv.get(id)!;
    magnitudes.push(Math.sqrt(sumOfSquares));
    if (ordered.length === 0) continue;
    const dot = (dots[f] = new Float64Array(n));
    const average = index.averageFieldLengths[f]!;
    const boost = index.boosts[f]!;
    const base = f * n;
    for (const id of ordered) {
      const p = index.postings(id);
      const value = qv.get(id)!;
      const docs = p.docs[f]!;
      // The stored weights depend on nothing a query changes: worked out once per decoded term.
      let weights = (p.weights ??= [])[f];
      if (!weights) {
        const idf = lunrIdf(p.documentFrequency, n);
        const tfs = p.tfs[f]!;
        weights = p.weights[f] = new Float64Array(docs.length);
        for (let i = 0; i < docs.length; i++) {
          const tf = tfs[i]!;
          let score = (idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (lengths[base + docs[i]!]! / average)) + tf);
          score *= boost;
          weights[i] = Math.round(score * 1000) / 1000;
        }
      }
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        dot[doc] = dot[doc]! + value * weights[i]!;
      }
    }
  }
  const scores = new Float64Array(n);
  for (const doc of touched) {
    let score = 0;
    for (let k = 0; k < seen[doc]!; k++) {
      const f = orders[doc * fieldCount + k]!;
      const similarity = dots[f]![doc]! / magnitudes[f]! || 0;
      score = k === 0 ? similarity : score + similarity;
    }
    scores[doc] = score;
  }
  return scores;
}

/** lunr.idf: documents holding the term, counted once per field that holds it. */
export function lunrIdf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}
