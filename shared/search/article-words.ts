import { articleBlocks, type Article } from '../model';
import type { IndexField } from './fields';
import type { ClauseMatcher } from './match-words';
import { wordNorms } from './tokenize';

/**
 * Articles' words kept as small integers for the checks only the text can settle (a stop word inside a
 * phrase, a prefix known only by a short stem). Full analyses (offsets, Word objects) cost too much
 * memory to keep for a whole library, so the AnalysisCache holds only a few; these ids are 4 bytes a
 * word, so a library's worth fits and a phrase typed again, or refined, is checked without re-reading.
 */
export class NormTable {
  private readonly ids = new Map<string, number>();
  private readonly norms: string[] = [];

  idOf(norm: string): number {
    let id = this.ids.get(norm);
    if (id === undefined) {
      id = this.norms.length;
      this.norms.push(norm);
      this.ids.set(norm, id);
    }
    return id;
  }

  norm(id: number): string {
    return this.norms[id]!;
  }
}

/** One list of words a phrase may match inside (a short field or one block): ids[start, end). */
export interface WordList {
  field: IndexField;
  start: number;
  end: number;
}

/** The same lists, in the same order, as wordListsIn() over analyseArticle(). */
export interface ArticleWords {
  ids: Int32Array;
  lists: WordList[];
}

export function articleWords(article: Article, table: NormTable): ArticleWords {
  const parts: [IndexField, string][] = [
    ['title', article.title],
    ['byline', article.byline ?? ''],
    ['source', article.source ?? ''],
    ...articleBlocks(article).map((b): [IndexField, string] => [b.kind === 'heading' ? 'headings' : 'body', b.text]),
  ];
  const all: number[] = [];
  const lists: WordList[] = [];
  for (const [field, text] of parts) {
    const start = all.length;
    for (const norm of wordNorms(text)) all.push(table.idOf(norm));
    lists.push({ field, start, end: all.length });
  }
  return { ids: Int32Array.from(all), lists };
}

/**
 * Least recently used, bounded by words rather than articles (articles differ a hundredfold in length).
 * The default, 4 million words (16 MB of ids), holds a library of a few thousand long articles.
 */
export class ArticleWordsCache {
  private readonly entries = new Map<string, ArticleWords>();
  private words = 0;

  constructor(
    readonly table: NormTable,
    private readonly maxWords = 4_000_000,
  ) {}

  get(article: Article): ArticleWords {
    let hit = this.entries.get(article.id);
    if (hit) this.entries.delete(article.id);
    else {
      hit = articleWords(article, this.table);
      this.words += hit.ids.length;
    }
    this.entries.set(article.id, hit);
    // The newest entry always stays, however long: it is the one being checked.
    while (this.words > this.maxWords && this.entries.size > 1) {
      const [oldest, words] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.words -= words.ids.length;
    }
    return hit;
  }

  get size(): number {
    return this.entries.size;
  }
}

// Answers per word of the clause and per id: 0 not asked yet, 1 no, 2 yes.
const NO = 1;
const YES = 2;

/**
 * A ClauseMatcher over ids. A query asks about the same few thousand distinct words in every article,
 * so each word's answer (stemming included) is worked out once per query, not once per occurrence.
 */
export class IdClauseMatcher {
  private readonly answers: Uint8Array[];

  constructor(
    private readonly matcher: ClauseMatcher,
    private readonly table: NormTable,
  ) {
    this.answers = matcher.map(() => new Uint8Array(1024));
  }

  /** Whether the clause occurs in a list of `fields` (null: any): the answer clauseOccurs gives on the text. */
  occursIn(words: ArticleWords, fields: readonly IndexField[] | null): boolean {
    const n = this.matcher.length;
    const ids = words.ids;
    for (const list of words.lists) {
      if (fields !== null && !fields.includes(list.field)) continue;
      for (let i = list.start; i + n <= list.end; i++) {
        let k = 0;
        while (k < n && this.test(k, ids[i + k]!)) k++;
        if (k === n) return true;
      }
    }
    return false;
  }

  private test(k: number, id: number): boolean {
    let answers = this.answers[k]!;
    if (id >= answers.length) {
      const grown = new Uint8Array(Math.max(id + 1, answers.length * 2));
      grown.set(answers);
      answers = this.answers[k] = grown;
    }
    if (answers[id] === 0) answers[id] = this.matcher[k]!(this.table.norm(id)) ? YES : NO;
    return answers[id] === YES;
  }
}
