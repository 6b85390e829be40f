import { describe, expect, it } from 'vitest';
import { parseSource } from '../../shared/corpus';
import { openGlossDb } from './gloss-db';
import { findImportedByHash, listImportedArticles, removeImportedArticle, saveImportedArticle } from './imported-articles-repo';

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
});
