import lunr from 'lunr';
import type { Article } from '../model';
import { FIELD_BOOSTS, INDEX_FIELDS, indexDocument } from './fields';
import { CompactIndexBuilder } from './compact/compact-builder';
import { configureBuilder } from './pipeline';

/**
 * Builds the Lunr index the app ships (serialise with JSON.stringify(index), load with createSearcher).
 * Ref is the article id. Each posting keeps the word positions of the term (metadata key "p"), so
 * phrases are checked from the index instead of by reading every candidate article.
 */
export function buildSearchIndex(articles: Article[]): lunr.Index {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  builder.ref('id');
  for (const field of INDEX_FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  const seen = new Set<string>();
  for (const article of articles) {
    // A repeated id would merge two articles' postings under one ref; the first one wins.
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    builder.add(indexDocument(article));
  }
  return builder.build();
}

/** The compact index the app ships (compact/layout.ts): Lunr's scores, a fraction of its size. */
export function buildCompactIndex(articles: Iterable<Article>): Uint8Array {
  const builder = new CompactIndexBuilder();
  for (const article of articles) builder.add(indexDocument(article));
  return builder.build();
}
