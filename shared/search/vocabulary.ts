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
  // A query typed again (or refined around a fuzzy word) asks for the same neighbours.
  private readonly nearMemo = new Map<string, string[]>();
  private readonly prefixMemo = new Map<string, { sure: string[]; unsure: string[] }>();
  private readonly nearFormsMemo = new Map<string, { sure: string[]; unsure: string[]; ranked: string[] }>();
  private formGroups: Map<number, { forms: string[]; terms: number[] }> | null = null;

  constructor(
    terms: Iterable<string>,
    sorted = false,
    private readonly forms: ((termId: number) => readonly string[]) | null = null,
  ) {
    this.terms = sorted ? (terms as string[]) : [...terms].sort();
  }

  /**
   * Over terms already in code-unit order (the compact index stores them so): nothing to sort or copy.
   * `forms` gives the words each term stood for in the library, when the index knows them.
   */
  static fromSorted(terms: string[], forms: ((termId: number) => readonly string[]) | null = null): Vocabulary {
    return new Vocabulary(terms, true, forms);
  }

  /**
   * prefixCandidates, told apart by the words each term stood for (when the index stores them): a term
   * all of whose words start with the prefix is sure, one with none is dropped (no article can match
   * through it), the rest stay unsure. The same articles match as with the stems alone; fewer texts
   * are read to find out.
   */
  prefixMatches(prefix: string): { sure: string[]; unsure: string[] } {
    const found = this.prefixCandidates(prefix);
    if (!this.forms) return found;
    const sure = [...found.sure];
    const unsure: string[] = [];
    for (const t of found.unsure) {
      const words = this.forms(this.indexOf(t));
      const starting = words.filter((w) => w.startsWith(prefix)).length;
      if (starting === words.length) sure.push(t);
      else if (starting > 0) unsure.push(t);
    }
    return { sure, unsure };
  }

  /** Whether the index stored the words behind each term (the compact index does; Lunr's does not). */
  get hasForms(): boolean {
    return this.forms !== null;
  }

  /**
   * Terms that stood for a word within `distance` edits of `word` (folded, unstemmed; needs forms):
   * sure when every word behind the term is that close, unsure when only some are (the text decides).
   * `ranked` is both, in dictionary order, for ranking.
   */
  nearForms(word: string, distance: number): { sure: string[]; unsure: string[]; ranked: string[] } {
    const key = `${distance}:${word}`;
    const hit = this.nearFormsMemo.get(key);
    if (hit) return hit;
    const byLength = this.formsByLength();
    const close = new Set<number>();
    for (let len = word.length - distance; len <= word.length + distance; len++) {
      const group = byLength.get(len);
      if (!group) continue;
      for (let i = 0; i < group.forms.length; i++) if (editDistanceWithin(group.forms[i]!, word, distance) <= distance) close.add(group.terms[i]!);
    }
    const ids = [...close].sort((a, b) => a - b);
    const sure: string[] = [];
    const unsure: string[] = [];
    for (const id of ids) (this.forms!(id).every((f) => editDistanceWithin(f, word, distance) <= distance) ? sure : unsure).push(this.terms[id]!);
    const found = { sure, unsure, ranked: ids.map((id) => this.terms[id]!) };
    if (this.nearFormsMemo.size >= 256) this.nearFormsMemo.clear();
    this.nearFormsMemo.set(key, found);
    return found;
  }

  /** Every word behind every term, grouped by length (built on the first fuzzy query). */
  private formsByLength(): Map<number, { forms: string[]; terms: number[] }> {
    if (this.formGroups) return this.formGroups;
    const groups = new Map<number, { forms: string[]; terms: number[] }>();
    for (let id = 0; id < this.terms.length; id++) {
      for (const f of this.forms!(id)) {
        let g = groups.get(f.length);
        if (!g) groups.set(f.length, (g = { forms: [], terms: [] }));
        g.forms.push(f);
        g.terms.push(id);
      }
    }
    return (this.formGroups = groups);
  }

  get size(): number {
    return this.terms.length;
  }

  /** Every term in dictionary order (read-only: a merged index combines two dictionaries from these). */
  get sortedTerms(): readonly string[] {
    return this.terms;
  }

  /** The words a term (by its place in sortedTerms) stood for, or null when the index stores none. */
  formsAt(termId: number): readonly string[] | null {
    return this.forms ? this.forms(termId) : null;
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
    const hit = this.prefixMemo.get(prefix);
    if (hit) return hit;
    const sure: string[] = [];
    const unsure = new Set<string>();
    for (const t of this.startingWith(prefix)) {
      if (isSurePrefix(t, prefix)) sure.push(t);
      else unsure.add(t);
    }
    for (let k = 1; k < prefix.length; k++) {
      const head = prefix.slice(0, k);
      // Only stems at most two letters longer than the head qualify; the length test comes first
      // because a one-letter head spans thousands of terms.
      const terms = this.terms;
      for (let i = lowerBound(terms, head); i < terms.length; i++) {
        const t = terms[i]!;
        if (!t.startsWith(head)) break;
        if (t.length <= k + 2 && !t.startsWith(prefix) && couldStemFrom(t, prefix)) unsure.add(t);
      }
    }
    const found = { sure, unsure: [...unsure] };
    if (this.prefixMemo.size >= 256) this.prefixMemo.clear();
    this.prefixMemo.set(prefix, found);
    return found;
  }

  /** Terms within `distance` edits of `term`. */
  near(term: string, distance: number): string[] {
    const key = `${distance}:${term}`;
    const hit = this.nearMemo.get(key);
    if (hit) return hit;
    const found = this.scanNear(term, distance);
    if (this.nearMemo.size >= 256) this.nearMemo.clear();
    this.nearMemo.set(key, found);
    return found;
  }

  private scanNear(term: string, distance: number): string[] {
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
