import { describe, expect, it } from 'vitest';
import { parseSource } from '../../shared/corpus';
import { openGlossDb } from './gloss-db';
import { findImportedByHash, listImportedArticles, listImportedArticlesInChunks, removeImportedArticle, saveImportedArticle } from './imported-articles-repo';

describe('imported articles (schema v5)', () => {
  it('keeps the article with its original file, finds it by content hash, and removes it', async () => {
    const db = openGlossDb(`gloss-imported-${Date.now()}`);
    const parsed = parseSource('notes/a.md', '# A note\n\nSome text of the note.');
    if (!parsed.ok) throw new Error(parsed.error);
    const bytes = new TextEncoder().encode('# A note\n\nSome text of the note.').buffer as ArrayBuffer;
    const record = { id: parsed.value.id, article: parsed.value, original: { name: 'notes/a.md', type: 'text/markdown', size: bytes.byteLength, bytes }, encoding: 'utf-8', warnings: [], importedAt: '2026-12-01T00:00:00.000Z' };
    await saveImportedArticle(db, record);
    const [stored] = await listImportedArticles(db);
    expect(stored!.article).toEqual(parsed.value);
    expect(new TextDecoder().decode(stored!.original.bytes)).toBe('# A note\n\nSome text of the note.');
    expect((await findImportedByHash(db, parsed.value.contentHash))?.id).toBe(parsed.value.id);
    expect(await findImportedByHash(db, 'nope')).toBeUndefined();
    await removeImportedArticle(db, parsed.value.id);
    expect(await listImportedArticles(db)).toEqual([]);
    db.close();
  });

  it('reads the articles in chunks, oldest import first, pausing between chunks', async () => {
    const db = openGlossDb(`gloss-imported-chunks-${Date.now()}`);
    const saved = [];
    // Saved out of order: the list follows importedAt, not the order of the saves or the ids.
    for (const n of [3, 0, 4, 1, 2]) {
      const text = `# Note ${n}\n\nThe text of note ${n}.`;
      const parsed = parseSource(`notes/${n}.md`, text);
      if (!parsed.ok) throw new Error(parsed.error);
      const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
      await saveImportedArticle(db, { id: parsed.value.id, article: parsed.value, original: { name: `notes/${n}.md`, type: 'text/markdown', size: bytes.byteLength, bytes }, encoding: 'utf-8', warnings: [], importedAt: `2026-12-01T00:00:0${n}.000Z` });
      saved[n] = parsed.value;
    }
    let pauses = 0;
    const articles = await listImportedArticlesInChunks(db, 2, async () => void pauses++);
    expect(articles).toEqual(saved);
    expect(articles).toEqual((await listImportedArticles(db)).map((r) => r.article));
    expect(pauses).toBe(2);
    expect(await listImportedArticlesInChunks(openGlossDb(`gloss-imported-empty-${Date.now()}`))).toEqual([]);
    db.close();
  });
});
