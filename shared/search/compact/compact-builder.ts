import { FIELD_BOOSTS, INDEX_FIELDS, type IndexDocument } from '../fields';
import { forEachFieldWord, indexedWord, SEARCH_PIPELINE_LABELS } from '../pipeline';
import { FORM_DROP_BASE, FORM_MAX_DROP, FORM_WHOLE, FORMAT, FORMAT_VERSION, MAGIC, SECTIONS, type CompactHeader, type SectionName } from './layout';
import { ByteWriter } from './varint';

// Lunr's Builder defaults (lunr.Builder's _k1 and _b), which its stored weights were computed with.
const K1 = 1.2;
const B = 0.75;
const FIELD_COUNT = INDEX_FIELDS.length;

/** A term's postings in one field: count, then (document gap, term frequency) varints; and its positions. */
interface FieldPostings {
  postings: ByteWriter;
  positions: ByteWriter;
  count: number;
  lastDoc: number;
}

// A library has ~100,000 terms, most of them in one field with one form: per term, only what it
// uses (a writer pair per field it is in, one form string until there are two).
interface TermPostings {
  /** The order Lunr's Builder would have given the term (posting._index). */
  index: number;
  fields: (FieldPostings | undefined)[];
  /** The words (folded, before stemming) that became this term: prefixes are about words, not stems. */
  forms: string | Set<string>;
  /** While a field is read: the term's frequency in it so far, and its last position. */
  tf: number;
  lastPosition: number;
}

/**
 * Builds the compact index one document at a time, holding only postings (a few bytes per word),
 * never the documents: a library of any size builds in memory proportional to its index. The words
 * come from the same word walker and pipeline as Lunr's Builder (pipeline.ts: forEachFieldWord,
 * indexedWord), so a change to the pipeline changes both alike.
 */
export class CompactIndexBuilder {
  private readonly terms = new Map<string, TermPostings>();
  private readonly refs: string[] = [];
  private readonly seen = new Set<string>();
  private readonly fieldLengths: number[][] = INDEX_FIELDS.map(() => []);

  get documentCount(): number {
    return this.refs.length;
  }

  /** Adds a document; a repeated id is ignored (the first one wins, as buildSearchIndex does). */
  add(doc: IndexDocument): void {
    if (this.seen.has(doc.id)) return;
    this.seen.add(doc.id);
    const docNo = this.refs.length;
    this.refs.push(doc.id);
    for (let f = 0; f < FIELD_COUNT; f++) {
      // The words and ordinals of Lunr's tokenizer and the terms of its pipeline (pipeline.ts), one
      // word at a time: no Token per word, so a 20 MB article indexes in bounded memory.
      const touched: TermPostings[] = [];
      let length = 0;
      forEachFieldWord(doc[INDEX_FIELDS[f]!], (word, position) => {
        const indexed = indexedWord(word);
        if (indexed === null) return;
        length++;
        let t = this.terms.get(indexed.term);
        if (!t) this.terms.set(indexed.term, (t = newTerm(this.terms.size)));
        // Positions go straight to the term's writer (no other document is between this one's), as
        // gaps from the previous position of the term in this field.
        if (t.tf === 0) touched.push(t);
        (t.fields[f] ??= { postings: new ByteWriter(), positions: new ByteWriter(), count: 0, lastDoc: -1 }).positions.varint(position - t.lastPosition);
        t.lastPosition = position;
        t.tf++;
        if (t.forms === '') t.forms = indexed.form;
        else if (t.forms !== indexed.form) {
          if (typeof t.forms === 'string') t.forms = new Set([t.forms]);
          t.forms.add(indexed.form);
        }
      });
      this.fieldLengths[f]!.push(length);
      for (const t of touched) {
        const fp = t.fields[f]!;
        // Three postings in four have a frequency of 1: it rides in the gap's low bit (layout.ts).
        fp.postings.varint((docNo - fp.lastDoc - 1) * 2 + (t.tf === 1 ? 1 : 0));
        if (t.tf !== 1) fp.postings.varint(t.tf - 2);
        fp.lastDoc = docNo;
        fp.count++;
        t.tf = 0;
        t.lastPosition = 0;
      }
    }
  }

  /** The index file's bytes. */
  build(): Uint8Array {
    const sorted = [...this.terms.keys()].sort();
    const termShared = new Uint8Array(sorted.length);
    const suffixes: string[] = [];
    const formLines: string[] = [];
    const termIndex = new Uint32Array(sorted.length);
    const termStart = new Uint32Array(sorted.length + 1);
    const postings = new ByteWriter(1 << 16);
    let previous = '';
    sorted.forEach((term, i) => {
      const t = this.terms.get(term)!;
      const forms = formsOf(t);
      if (hasControl(term) || forms.some(hasControl)) throw new Error(`The index term "${term}" or one of its words contains a space or control character; the tokenizer should never produce one.`);
      const shared = Math.min(255, commonPrefix(previous, term));
      termShared[i] = shared;
      suffixes.push(term.slice(shared));
      formLines.push(forms.map((f) => encodeForm(term, f)).join(''));
      previous = term;
      termIndex[i] = t.index;
      termStart[i] = postings.length;
      let mask = 0;
      for (let f = 0; f < FIELD_COUNT; f++) if (t.fields[f]) mask |= 1 << f;
      postings.varint(mask);
      for (let f = 0; f < FIELD_COUNT; f++) {
        const fp = t.fields[f];
        if (!fp) continue;
        postings.varint(fp.count);
        postings.bytes(fp.postings.view());
      }
      for (let f = 0; f < FIELD_COUNT; f++) {
        const fp = t.fields[f];
        if (fp) postings.bytes(fp.positions.view());
      }
    });
    termStart[sorted.length] = postings.length;
    const docs = this.refs.length;
    const fieldLengths = new Uint32Array(FIELD_COUNT * docs);
    this.fieldLengths.forEach((lengths, f) => fieldLengths.set(lengths, f * docs));
    const encoder = new TextEncoder();
    const data: Record<SectionName, Uint8Array> = {
      refs: encoder.encode(this.refs.join('\n')),
      termShared,
      termSuffixes: encoder.encode(suffixes.join('\n')),
      forms: encoder.encode(formLines.join('\n')),
      termIndex: bytesOf(termIndex),
      termStart: bytesOf(termStart),
      fieldLengths: bytesOf(fieldLengths),
      postings: postings.view(),
    };
    return assemble(
      { format: FORMAT, version: FORMAT_VERSION, pipeline: [...SEARCH_PIPELINE_LABELS], fields: [...INDEX_FIELDS], boosts: { ...FIELD_BOOSTS }, k1: K1, b: B, documentCount: docs, termCount: sorted.length },
      data,
    );
  }
}

// Terms and words are letters and digits; control characters mark the encoding of forms (layout.ts).
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) <= 0x20) return true;
  return false;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** A word as written under its term (layout.ts): how many letters to take off the term's end, then the rest. */
function encodeForm(term: string, form: string): string {
  const drop = term.length - commonPrefix(term, form);
  if (drop > FORM_MAX_DROP) return String.fromCharCode(FORM_WHOLE) + form;
  return String.fromCharCode(FORM_DROP_BASE + drop) + form.slice(term.length - drop);
}

function newTerm(index: number): TermPostings {
  return { index, fields: [], forms: '', tf: 0, lastPosition: 0 };
}

function formsOf(t: TermPostings): string[] {
  return typeof t.forms === 'string' ? [t.forms] : [...t.forms].sort();
}

function bytesOf(a: Uint32Array): Uint8Array {
  // Typed arrays are little-endian on every platform Gloss runs on (x86, ARM); the reader checks.
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

const align4 = (n: number) => (n + 3) & ~3;

function assemble(head: Omit<CompactHeader, 'sections'>, data: Record<SectionName, Uint8Array>): Uint8Array {
  // The header holds the section offsets, which depend on the header's own length: lay the sections
  // out after a header padded to a fixed width that the offsets cannot outgrow.
  const placeholder = JSON.stringify({ ...head, sections: Object.fromEntries(SECTIONS.map((s) => [s, [0xffffffff, 0xffffffff]])) });
  const headerRoom = align4(8 + new TextEncoder().encode(placeholder).length);
  const sections = {} as CompactHeader['sections'];
  let at = headerRoom;
  for (const name of SECTIONS) {
    sections[name] = [at, data[name].length];
    at = align4(at + data[name].length);
  }
  const header = new TextEncoder().encode(JSON.stringify({ ...head, sections }).padEnd(headerRoom - 8, ' '));
  const out = new Uint8Array(at);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  for (const name of SECTIONS) out.set(data[name], sections[name][0]);
  return out;
}
