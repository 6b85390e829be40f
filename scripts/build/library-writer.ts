import type { Article } from '../../shared/model/article';
import { articleMeta, encodeArticleText, encodeLibraryMeta, LIBRARY_FORMAT_VERSION, type ArticleMeta } from '../../shared/library/library-files';
import { CompactIndexBuilder } from '../../shared/search/compact/compact-builder';
import { indexDocument } from '../../shared/search/fields';

/**
 * Writes a library one article at a time: its text goes straight to `writeText` (a file, in the CLI),
 * its words into the index builder, and only its metadata is kept. Memory grows with the index and
 * the metadata, never with the text, so a 50,000-article library builds like a small one.
 */
export class LibraryWriter {
  private readonly metas: ArticleMeta[] = [];
  private readonly index = new CompactIndexBuilder();
  private offset = 0;

  constructor(private readonly writeText: (bytes: Uint8Array) => void) {}

  get count(): number {
    return this.metas.length;
  }

  add(article: Article): void {
    const bytes = encodeArticleText(article);
    this.writeText(bytes);
    this.metas.push(articleMeta(article, [this.offset, bytes.length]));
    this.offset += bytes.length;
    this.index.add(indexDocument(article));
  }

  /** Metadata as written to disk apart from builtAt, which is chosen once everything is read. */
  get articles(): readonly ArticleMeta[] {
    return this.metas;
  }

  libraryJson(builtAt: string): string {
    return encodeLibraryMeta({ formatVersion: LIBRARY_FORMAT_VERSION, builtAt, articles: this.metas });
  }

  searchIndex(): Uint8Array {
    return this.index.build();
  }
}
