import lunr from 'lunr';
import { INDEX_FIELDS } from './fields';
import { POSITION_KEY, SEARCH_PIPELINE_LABELS } from './pipeline';
import type { LoadOutcome } from './loaded-index';
import { Vocabulary } from './vocabulary';

// What lunr.Index keeps after load(); @types/lunr declares these only as constructor attributes.
type Posting = Record<string, Record<string, unknown>>;
interface IndexInternals {
  invertedIndex: Record<string, Posting>;
  fields: string[];
}

const REBUILD = 'Rebuild the library to make a new one.';

/**
 * Loads Lunr's serialised index (never rebuilds it), checking it was built by buildSearchIndex. This
 * is the reference implementation: ranking goes through lunr.Index.query itself.
 */
export function loadLunrIndex(indexJson: unknown): LoadOutcome {
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
      vocabulary: new Vocabulary(Object.keys(inverted)),
      fields: INDEX_FIELDS,
      positions(term, field, ref) {
        const posting = Object.hasOwn(inverted, term) ? inverted[term] : undefined;
        const entry = posting?.[field]?.[ref] as { [POSITION_KEY]?: unknown } | undefined;
        if (entry === undefined) return undefined;
        const p = entry[POSITION_KEY];
        return Array.isArray(p) ? (p as number[]) : null;
      },
      scores(query) {
        const scores = new Map<string, number>();
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
        for (const h of hits) scores.set(h.ref, h.score);
        return scores;
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
