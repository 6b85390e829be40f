export { parseSource, parseSourceReason, isSourceFile, SOURCE_EXTENSIONS } from './parse-source';
export { buildCorpus, type Corpus, type CorpusError, type SourceFile } from './build-corpus';
export { articleId } from './article-id';
export { countWords, readingMinutes, WORDS_PER_MINUTE } from './assemble-article';
export { parseEpub } from './epub';
export { parseDocument, isDocumentFile, isBinaryDocument, DOCUMENT_EXTENSIONS, type DocumentEngines, type ParsedDocument } from './parse-document';
export { parsePdf, type PdfEngine } from './pdf/parse-pdf';
