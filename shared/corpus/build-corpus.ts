import type { Article } from '../model/article';
import { normalisePath } from './article-id';
import { parseSourceReason } from './parse-source';

export interface SourceFile {
  /** Path relative to the corpus folder. */
  file: string;
  text: string;
}

export interface CorpusError {
  file: string;
  reason: string;
}

export interface Corpus {
  /** Sorted by source path, so two builds of the same files are identical. */
  articles: Article[];
  errors: CorpusError[];
}

// Code-unit order, not localeCompare: the result must not depend on the machine's locale.
const byFile = <T extends { file: string } | { sourceFile: string }>(a: T, b: T) => {
  const fa = 'file' in a ? a.file : a.sourceFile;
  const fb = 'file' in b ? b.file : b.sourceFile;
  return fa < fb ? -1 : fa > fb ? 1 : 0;
};

/** Parses every source, keeping going past the ones that cannot be read and saying why for each. */
export function buildCorpus(sources: readonly SourceFile[]): Corpus {
  const articles: Article[] = [];
  const errors: CorpusError[] = [];
  const seen = new Map<string, string>();
  for (const source of [...sources].sort(byFile)) {
    const file = normalisePath(source.file);
    const result = parseSourceReason(file, source.text);
    if (!result.ok) {
      errors.push({ file, reason: result.error });
      continue;
    }
    const clash = seen.get(result.value.id);
    if (clash !== undefined) {
      errors.push({ file, reason: `has the same article id as ${clash} (the same path was given twice)` });
      continue;
    }
    seen.set(result.value.id, file);
    articles.push(result.value);
  }
  return { articles: articles.sort(byFile), errors };
}
