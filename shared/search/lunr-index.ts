import lunr from 'lunr';
import { EMPTY, unionSorted } from './doc-sets';
import { INDEX_FIELDS } from './fields';
import { POSITION_KEY, SEARCH_PIPELINE_LABELS } from './pipeline';
import type { LoadOutcome } from './loaded-index';
import { Vocabulary } from './vocabulary';
import { errorText } from '../model/error-text';

// What lunr.Index keeps after load(); @types/lunr declares these only as constructor attributes.
type Posting = Record<string, Record<string, unknown>>;
interface IndexInternals {
  invertedIndex: Record<string, Posting>;
  fieldVectors: Record<string, unknown>;
  fields: string[];
}

const REBUILD = 'Rebuild the library to make a new one.';

/**
 * Loads Lunr's serialised index (never rebuilds it), checking it was built by buildSearchIndex. This
 * is the reference implementation: ranking goes through lunr.Index.query itself. Lunr's index keeps
 * no words behind its stems; `surfaceWords` (the compact index's, in the equality test) lends them,
 * so prefix and fuzzy words resolve as over the compact index.
 */
export function loadLunrIndex(indexJson: unknown, surfaceWords?: (term: string) => readonly string[]): LoadOutcome {
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
    return { ok: false, problem: `The search index could not be read (${errorText(e)}). ${REBUILD}` };
  }
  const internals = index as unknown as IndexInternals;
  const missing = INDEX_FIELDS.filter((f) => !internals.fields.includes(f));
  if (missing.length > 0) return { ok: false, problem: `The search index has no ${missing.join(', ')} field. ${REBUILD}` };
  const inverted = internals.invertedIndex;
  // Documents in the order the Builder met them (its field vectors are keyed "field/ref" in that order).
  const refs: string[] = [];
  const numbers = new Map<string, number>();
  for (const fieldRef of Object.keys(internals.fieldVectors)) {
    const ref = fieldRef.slice(fieldRef.indexOf('/') + 1);
    if (!numbers.has(ref)) {
      numbers.set(ref, refs.length);
      refs.push(ref);
    }
  }
  const sortedTerms = Object.keys(inverted).sort();
  return {
    ok: true,
    value: {
      vocabulary: Vocabulary.fromSorted(sortedTerms, surfaceWords ? (id) => surfaceWords(sortedTerms[id]!) : null),
      fields: INDEX_FIELDS,
      documentCount: refs.length,
      ref: (doc) => refs[doc]!,
      docNumber: (ref) => numbers.get(ref),
      positions(term, field, doc) {
        const posting = Object.hasOwn(inverted, term) ? inverted[term] : undefined;
        const entry = posting?.[field]?.[refs[doc]!] as { [POSITION_KEY]?: unknown } | undefined;
        if (entry === undefined) return undefined;
        const p = entry[POSITION_KEY];
        return Array.isArray(p) ? (p as number[]) : null;
      },
      scores(query) {
        const scores = new Float64Array(refs.length);
        const hits = index.query((q) => {
          for (const c of query) {
            for (const term of c.terms) {
              q.term(term, {
                ...(c.fields ? { fields: [...c.fields] } : {}),
                usePipeline: false,
                wildcard: lunr.Query.wildcard.NONE,
                presence: lunr.Query.presence.OPTIONAL,
              });
            }
          }
        });
        for (const h of hits) scores[numbers.get(h.ref)!] = h.score;
        return scores;
      },
      docsWith(term, fields) {
        const posting = Object.hasOwn(inverted, term) ? inverted[term] : undefined;
        if (!posting) return EMPTY;
        const lists = (fields ?? INDEX_FIELDS).map((field) => Int32Array.from(Object.keys(posting[field] ?? {}).map((ref) => numbers.get(ref)!)).sort());
        return unionSorted(lists, refs.length);
      },
    },
  };
}
