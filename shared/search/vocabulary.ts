import { editDistanceWithin } from './edit-distance';

/**
 * The index's terms (Porter stems), sorted, for the expansions Lunr's wildcards cannot express.
 *
 * Prefix queries: the index holds stems, and a stem is not always a prefix of its word's prefixes
 * ("education" → "educ", so `educat*` never meets "educat…" in the index), nor is every word's stem an
 * extension of the prefix ("happy" → "happi" for `happy*`). Porter keeps a prefix of the word and at
 * most appends "e" (-ate, -ize, -ence), "i" (y → i) or "l"/"le" (-bility → -ble, -bl), so a word starting with p
 * has a stem that either starts with p or is a prefix of p plus one of those endings (couldStemFrom).
 * That candidate set is small; the search then confirms the prefix in the text of candidate articles.
 */
export class Vocabulary {
  private readonly terms: string[];
  private byLength: Map<number, string[]> | null = null;

  constructor(terms: Iterable<string>, sorted = false) {
    this.terms = sorted ? (terms as string[]) : [...terms].sort();
  }

  /** Over terms already in code-unit order (the compact index stores them so): nothing to sort or copy. */
  static fromSorted(terms: string[]): Vocabulary {
    return new Vocabulary(terms, true);
  }

  get size(): number {
    return this.terms.length;
  }

  has(term: string): boolean {
    return this.indexOf(term) >= 0;
  }

  /** The term's place in the sorted dictionary (its id in the compact index), or -1. */
  indexOf(term: string): number {
    const i = lowerBound(this.terms, term);
    return i < this.terms.length && this.terms[i] === term ? i : -1;
  }

  /**
   * Terms a word beginning with `prefix` (normalised, unstemmed) may have been indexed as. `sure` terms
   * come only from such words (the prefix lies inside the part of the stem Porter kept); `unsure` ones
   * may also come from other words (`educat*` → "educ", also the stem of "educe"), so the text decides.
   */
  prefixCandidates(prefix: string): { sure: string[]; unsure: string[] } {
    const sure: string[] = [];
    const unsure = new Set<string>();
    for (const t of this.startingWith(prefix)) {
      if (isSurePrefix(t, prefix)) sure.push(t);
      else unsure.add(t);
    }
    for (let k = 1; k < prefix.length; k++) {
      const head = prefix.slice(0, k);
      for (const t of this.startingWith(head)) if (t.length <= k + 2 && !t.startsWith(prefix) && couldStemFrom(t, prefix)) unsure.add(t);
    }
    return { sure, unsure: [...unsure] };
  }

  /** Terms within `distance` edits of `term`. */
  near(term: string, distance: number): string[] {
    // Only terms within `distance` of the length can be that close; grouping by length (once) spares
    // the edit-distance check for most of a large dictionary. The result keeps dictionary order.
    if (!this.byLength) {
      this.byLength = new Map();
      for (const t of this.terms) {
        const group = this.byLength.get(t.length);
        if (group) group.push(t);
        else this.byLength.set(t.length, [t]);
      }
    }
    const out: string[] = [];
    for (let len = term.length - distance; len <= term.length + distance; len++) {
      for (const t of this.byLength.get(len) ?? []) if (editDistanceWithin(t, term, distance) <= distance) out.push(t);
    }
    return out.sort();
  }

  private startingWith(prefix: string): string[] {
    const out: string[] = [];
    for (let i = lowerBound(this.terms, prefix); i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) {
      out.push(this.terms[i]!);
    }
    return out;
  }
}

/** Whether `stem` could be the Porter stem of a word that starts with `prefix` (see Vocabulary). */
export function couldStemFrom(stem: string, prefix: string): boolean {
  let common = 0;
  while (common < stem.length && common < prefix.length && stem[common] === prefix[common]) common++;
  return common === prefix.length || (common > 0 && PORTER_ENDINGS.has(stem.slice(common)));
}

/** Whether every word stemmed to `stem` starts with `prefix`: the prefix ends before Porter's rewritten ending. */
export function isSurePrefix(stem: string, prefix: string): boolean {
  return stem.startsWith(prefix) && prefix.length <= stem.length - 2;
}

const PORTER_ENDINGS = new Set(['', 'e', 'i', 'l', 'le']);

function lowerBound(sorted: string[], key: string): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
