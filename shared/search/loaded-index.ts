import lunr from 'lunr';
import { INDEX_FIELDS, type IndexField } from './fields';
import { POSITION_KEY, SEARCH_PIPELINE_LABELS } from './pipeline';
import { Vocabulary } from './vocabulary';

// What lunr.Index keeps after load(); @types/lunr declares these only as constructor attributes.
type Posting = Record<string, Record<string, unknown>>;
interface IndexInternals {
  invertedIndex: Record<string, Posting>;
  fields: string[];
}

/** A loaded index plus the lookups the query engine needs beyond Lunr's query API. */
export interface LoadedIndex {
  index: lunr.Index;
  vocabulary: Vocabulary;
  fields: readonly IndexField[];
  /** Refs of the documents holding `term` in any of `fields` (null: any field). */
  docsWith(term: string, fields: readonly IndexField[] | null): Set<string>;
  /**
   * Word positions of `term` in one field of one document: undefined when it is not there, null when
   * the index stores no positions (then the text must decide).
   */
  positions(term: string, field: string, ref: string): readonly number[] | null | undefined;
}

export type LoadOutcome = { ok: true; value: LoadedIndex } | { ok: false; problem: string };

const REBUILD = 'Rebuild the library to make a new one.';

/** Loads a serialised index (never rebuilds it), checking it was built by buildSearchIndex. */
export function loadIndex(indexJson: unknown): LoadOutcome {
  if (typeof indexJson !== 'object' || indexJson === null) {
    return { ok: false, problem: `The search index is missing or is not an index. ${REBUILD}` };
  }
  const pipeline = (indexJson as { pipeline?: unknown }).pipeline;
  if (!Array.isArray(pipeline) || pipeline.join() !== SEARCH_PIPELINE_LABELS.join()) {
    return { ok: false, problem: `The search index was built with a different text pipeline than this version of Gloss uses. ${REBUILD}` };
  }
  let index: lunr.Index;
  try {
    index = lunr.Index.load(indexJson);
  } catch (e) {
    return { ok: false, problem: `The search index could not be read (${e instanceof Error ? e.message : String(e)}). ${REBUILD}` };
  }
  const internals = index as unknown as IndexInternals;
  const missing = INDEX_FIELDS.filter((f) => !internals.fields.includes(f));
  if (missing.length > 0) return { ok: false, problem: `The search index has no ${missing.join(', ')} field. ${REBUILD}` };
  const inverted = internals.invertedIndex;
  return {
    ok: true,
    value: {
      index,
      vocabulary: new Vocabulary(Object.keys(inverted)),
      fields: INDEX_FIELDS,
      positions(term, field, ref) {
        const posting = Object.hasOwn(inverted, term) ? inverted[term] : undefined;
        const entry = posting?.[field]?.[ref] as { [POSITION_KEY]?: unknown } | undefined;
        if (entry === undefined) return undefined;
        const p = entry[POSITION_KEY];
        return Array.isArray(p) ? (p as number[]) : null;
      },
      docsWith(term, fields) {
        const refs = new Set<string>();
        const posting = Object.hasOwn(inverted, term) ? inverted[term] : undefined;
        if (!posting) return refs;
        for (const field of fields ?? INDEX_FIELDS) for (const ref of Object.keys(posting[field] ?? {})) refs.add(ref);
        return refs;
      },
    },
  };
}
