/**
 * Sets of document numbers as sorted Int32Arrays: what postings already are, so candidate sets are
 * unions and intersections of postings without building a Set of ids per query.
 */
export type DocSet = Int32Array;

export const EMPTY: DocSet = new Int32Array(0);

/** The union of sorted lists of numbers below `n` (marks, then one pass: linear, no sort). */
export function unionSorted(lists: readonly DocSet[], n: number): DocSet {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  const marks = new Uint8Array(n);
  let count = 0;
  for (const l of nonEmpty) for (let i = 0; i < l.length; i++) if (marks[l[i]!] === 0) {
    marks[l[i]!] = 1;
    count++;
  }
  const out = new Int32Array(count);
  let k = 0;
  for (let d = 0; d < n && k < count; d++) if (marks[d] === 1) out[k++] = d;
  return out;
}

export function intersectSorted(a: DocSet, b: DocSet): DocSet {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0, j = 0, k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) {
      out[k++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, k);
}

export function hasDoc(sorted: DocSet, doc: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
