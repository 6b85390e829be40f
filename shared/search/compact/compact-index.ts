import { EMPTY, unionSorted, type DocSet } from '../doc-sets';
import { INDEX_FIELDS, type IndexField } from '../fields';
import type { LoadedIndex, LoadOutcome, QueryTerms } from '../loaded-index';
import { SEARCH_PIPELINE_LABELS } from '../pipeline';
import { Vocabulary } from '../vocabulary';
import { FORM_DROP_BASE, FORM_WHOLE, FORMAT, FORMAT_VERSION, MAGIC, SECTIONS, type CompactHeader, type SectionName } from './layout';
import { lunrScores, type TermSource } from './lunr-scores';
import { VarintReader } from './varint';
import { errorText } from '../../model/error-text';

const REBUILD = 'Rebuild the library to make a new one.';

/** One term's postings, decoded: per field, the documents (ascending) and the term's frequency in each. */
export interface DecodedPostings {
  documentFrequency: number;
  docs: Int32Array[];
  tfs: Int32Array[];
  /** Where the term's positions begin in the postings section (right after its postings). */
  positionsAt: number;
  /** Per field, the weight Lunr's Builder would have stored for each posting, once a query has asked (lunr-scores.ts). */
  weights?: (Float64Array | undefined)[];
}

interface DecodedPositions {
  /** Per field: where each posting's positions start in `all` (tf of them follow). */
  starts: Int32Array[];
  all: Int32Array;
}

// Decoded postings are kept for the terms of the last few queries: a refined query reuses them.
const POSTINGS_CACHE = 4096;

export function isCompactIndex(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!) === MAGIC;
}

/**
 * Opens the compact index over its bytes without decoding it: the dictionary is decoded on first use,
 * a term's postings when a query needs them. Loading is a header parse and a few typed-array views.
 */
export function loadCompactIndex(input: Uint8Array): LoadOutcome {
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return { ok: false, problem: 'This machine is big-endian; the search index is written little-endian.' };
  if (!isCompactIndex(input)) return { ok: false, problem: `The search index is not a Gloss index (it does not start with ${MAGIC}). ${REBUILD}` };
  // Typed-array views need 4-byte alignment; a Node Buffer may sit anywhere in a shared pool.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  let header: CompactHeader;
  try {
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as CompactHeader;
  } catch (e) {
    return { ok: false, problem: `The search index header could not be read (${errorText(e)}). ${REBUILD}` };
  }
  if (header.format !== FORMAT || header.version !== FORMAT_VERSION) {
    return { ok: false, problem: `The search index is format ${String(header.format)} version ${String(header.version)}; this version of Gloss reads ${FORMAT} version ${FORMAT_VERSION}. ${REBUILD}` };
  }
  if (!Array.isArray(header.pipeline) || header.pipeline.join() !== SEARCH_PIPELINE_LABELS.join()) {
    return { ok: false, problem: `The search index was built with a different text pipeline than this version of Gloss uses. ${REBUILD}` };
  }
  const missing = INDEX_FIELDS.filter((f) => !header.fields?.includes(f));
  if (missing.length > 0) return { ok: false, problem: `The search index has no ${missing.join(', ')} field. ${REBUILD}` };
  for (const name of SECTIONS) {
    const [offset, length] = header.sections?.[name] ?? [NaN, NaN];
    if (!(offset >= 0 && length >= 0 && offset + length <= bytes.length && offset % 4 === 0)) {
      return { ok: false, problem: `The search index is cut short or damaged (its ${name} section is out of bounds). ${REBUILD}` };
    }
  }
  return { ok: true, value: new CompactIndex(bytes, header) };
}

class CompactIndex implements LoadedIndex, TermSource {
  readonly fields: readonly IndexField[] = INDEX_FIELDS;
  readonly documentCount: number;
  private readonly fieldNumber = new Map<string, number>();
  private readonly termIndexes: Uint32Array;
  private readonly termStart: Uint32Array;
  private readonly postingBytes: Uint8Array;
  readonly fieldLengths: Uint32Array;
  readonly averageFieldLengths: number[];
  readonly boosts: number[];
  readonly k1: number;
  readonly b: number;
  private vocab: Vocabulary | null = null;
  private termList: string[] | null = null;
  private formLines: string[] | null = null;
  private refList: string[] | null = null;
  private docNumbers: Map<string, number> | null = null;
  private readonly postingsCache = new Map<number, DecodedPostings>();
  private readonly termIds = new Map<string, number>();
  private readonly positionsCache = new Map<number, DecodedPositions>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly header: CompactHeader,
  ) {
    this.documentCount = header.documentCount;
    this.termIndexes = this.u32('termIndex');
    this.termStart = this.u32('termStart');
    this.fieldLengths = this.u32('fieldLengths');
    this.postingBytes = this.section('postings');
    // Fields are stored in the header's order; queries name them by INDEX_FIELDS.
    header.fields.forEach((f, i) => this.fieldNumber.set(f, i));
    const n = this.documentCount;
    this.averageFieldLengths = header.fields.map((_, f) => {
      let total = 0;
      for (let d = 0; d < n; d++) total += this.fieldLengths[f * n + d]!;
      return total / n;
    });
    this.boosts = header.fields.map((f) => header.boosts[f] || 1);
    this.k1 = header.k1;
    this.b = header.b;
  }

  get vocabulary(): Vocabulary {
    return (this.vocab ??= Vocabulary.fromSorted(this.terms(), (id) => this.formsOf(id)));
  }

  fieldOf(field: IndexField): number {
    return this.fieldNumber.get(field)!;
  }

  termId(term: string): number {
    // Checking a phrase asks for the same few terms once per candidate document: remember them.
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.vocabulary.indexOf(term);
      if (this.termIds.size >= POSTINGS_CACHE) this.termIds.clear();
      this.termIds.set(term, id);
    }
    return id;
  }

  lunrTermIndex(termId: number): number {
    return this.termIndexes[termId]!;
  }

  private refs(): string[] {
    return (this.refList ??= this.lines('refs'));
  }

  docNumber(ref: string): number | undefined {
    if (!this.docNumbers) {
      this.docNumbers = new Map();
      this.refs().forEach((r, i) => this.docNumbers!.set(r, i));
    }
    return this.docNumbers.get(ref);
  }

  postings(termId: number): DecodedPostings {
    let hit = this.postingsCache.get(termId);
    if (hit) return hit;
    const reader = new VarintReader(this.postingBytes, this.termStart[termId]!);
    const docs: Int32Array[] = [];
    const tfs: Int32Array[] = [];
    let df = 0;
    const mask = reader.next();
    for (let f = 0; f < this.header.fields.length; f++) {
      const count = mask & (1 << f) ? reader.next() : 0;
      const d = new Int32Array(count);
      const t = new Int32Array(count);
      let last = -1;
      for (let i = 0; i < count; i++) {
        const v = reader.next();
        last = d[i] = last + (v >>> 1) + 1;
        t[i] = v & 1 ? 1 : reader.next() + 2;
      }
      docs.push(d);
      tfs.push(t);
      df += count;
    }
    hit = { documentFrequency: df, docs, tfs, positionsAt: reader.at };
    remember(this.postingsCache, termId, hit);
    return hit;
  }

  ref(doc: number): string {
    return this.refs()[doc]!;
  }

  docsWith(term: string, fields: readonly IndexField[] | null): DocSet {
    const id = this.termId(term);
    if (id < 0) return EMPTY;
    const p = this.postings(id);
    return unionSorted((fields ?? this.fields).map((f) => p.docs[this.fieldOf(f)]!), this.documentCount);
  }

  positions(term: string, field: string, doc: number): ArrayLike<number> | undefined {
    const id = this.termId(term);
    const f = this.fieldNumber.get(field);
    if (id < 0 || f === undefined) return undefined;
    const p = this.postings(id);
    const i = binarySearch(p.docs[f]!, doc);
    if (i < 0) return undefined;
    const decoded = this.decodedPositions(id, p);
    const start = decoded.starts[f]![i]!;
    return decoded.all.subarray(start, start + p.tfs[f]![i]!);
  }

  scores(query: readonly QueryTerms[]): Float64Array {
    return lunrScores(this, query);
  }

  private decodedPositions(termId: number, p: DecodedPostings): DecodedPositions {
    let hit = this.positionsCache.get(termId);
    if (hit) return hit;
    let total = 0;
    for (const t of p.tfs) for (const tf of t) total += tf;
    const all = new Int32Array(total);
    const starts: Int32Array[] = [];
    const reader = new VarintReader(this.postingBytes, p.positionsAt);
    let k = 0;
    for (let f = 0; f < p.tfs.length; f++) {
      const tfs = p.tfs[f]!;
      const s = new Int32Array(tfs.length);
      for (let i = 0; i < tfs.length; i++) {
        s[i] = k;
        let position = 0;
        for (let j = 0; j < tfs[i]!; j++) all[k++] = position += reader.next();
      }
      starts.push(s);
    }
    hit = { starts, all };
    remember(this.positionsCache, termId, hit);
    return hit;
  }

  surfaceWords(term: string): readonly string[] {
    const id = this.termId(term);
    return id < 0 ? [] : this.formsOf(id);
  }

  private formsOf(termId: number): readonly string[] {
    this.formLines ??= this.lines('forms');
    return decodeForms(this.terms()[termId]!, this.formLines[termId]!);
  }

  private terms(): string[] {
    if (this.termList) return this.termList;
    const shared = this.section('termShared');
    const suffixes = this.lines('termSuffixes');
    const terms = new Array<string>(suffixes.length);
    let previous = '';
    for (let i = 0; i < suffixes.length; i++) previous = terms[i] = shared[i] === 0 ? suffixes[i]! : previous.slice(0, shared[i]) + suffixes[i]!;
    return (this.termList = terms);
  }

  private section(name: SectionName): Uint8Array {
    const [offset, length] = this.header.sections[name];
    return this.bytes.subarray(offset, offset + length);
  }

  private u32(name: SectionName): Uint32Array {
    const s = this.section(name);
    return new Uint32Array(s.buffer, s.byteOffset, s.byteLength / 4);
  }

  private lines(name: SectionName): string[] {
    const text = new TextDecoder().decode(this.section(name));
    return text === '' ? [] : text.split('\n');
  }
}

/** A term's line of the forms section back into words (layout.ts). */
export function decodeForms(term: string, line: string): string[] {
  const forms: string[] = [];
  let i = 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    let j = i + 1;
    while (j < line.length && line.charCodeAt(j) > FORM_WHOLE) j++;
    const rest = line.slice(i + 1, j);
    forms.push(code === FORM_WHOLE ? rest : term.slice(0, term.length - (code - FORM_DROP_BASE)) + rest);
    i = j;
  }
  return forms;
}

function remember<V>(cache: Map<number, V>, key: number, value: V): void {
  if (cache.size >= POSTINGS_CACHE) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}

export function binarySearch(sorted: Int32Array, value: number): number {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
