/**
 * Reading one bundled article's text when it is opened: its line of article-text.jsonl, sliced out of
 * the file's Blob by the offsets library.json gives, decoded alone. The page never decodes the whole
 * library (10,000 articles of text would cost seconds and hundreds of MB of heap); the few articles
 * read last are kept, as the same objects, so going back to one is instant and its highlights'
 * anchoring sees the same article.
 */
import { decodeArticle, type ArticleMeta } from '../../shared/library/library-files';
import type { Article } from '../../shared/model/article';

export type ReadArticle = (meta: ArticleMeta) => Promise<Article>;

/** `text` may still be arriving: a read waits for it. */
export function blobArticleReader(text: Promise<Blob>, keep = 8): ReadArticle {
  const recent = new Map<string, Promise<Article>>();
  return (meta) => {
    const hit = recent.get(meta.id);
    if (hit) {
      recent.delete(meta.id);
      recent.set(meta.id, hit);
      return hit;
    }
    const [offset, length] = meta.text;
    const read = text
      .then((blob) => blob.slice(offset, offset + length).arrayBuffer())
      .then((bytes) => decodeArticle(meta, new Uint8Array(bytes)));
    // A failed read is not remembered: opening the article again tries again.
    read.catch(() => recent.delete(meta.id));
    recent.set(meta.id, read);
    if (recent.size > keep) recent.delete(recent.keys().next().value!);
    return read;
  };
}
