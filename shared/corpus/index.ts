export { parseSource, parseSourceReason, isSourceFile, SOURCE_EXTENSIONS } from './parse-source';
export { buildCorpus, type Corpus, type CorpusError, type SourceFile } from './build-corpus';
export { articleId } from './article-id';
export { countWords, readingMinutes, WORDS_PER_MINUTE } from './assemble-article';
export { parseEpub } from './epub';
