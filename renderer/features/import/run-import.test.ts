import { describe, expect, it } from 'vitest';
import { listImportedArticles, openGlossDb } from '../../db';
import { runImport, type ImportProgress } from './run-import';

const file = (name: string, text: string | Uint8Array<ArrayBuffer>) => ({ file: new File([text], name), path: name });

describe('runImport', () => {
  it('imports, skips duplicates by content hash, refuses with reasons, and reports progress', async () => {
    const db = openGlossDb(`gloss-import-${Date.now()}`);
    const progress: ImportProgress[] = [];
    const latin1 = Uint8Array.from([...'Caf\xe9\n\nThe caf\xe9 society met.'].map((c) => c.charCodeAt(0)));
    const summary = await runImport(
      [file('a.md', '# A\n\nText of A.'), file('copy-of-a.md', '# A\n\nText of A.'), file('cafe.txt', latin1), file('b.pdf', 'x'), file('empty.txt', '')],
      { db, knownHashes: new Set(), signal: new AbortController().signal, onProgress: (p) => progress.push(p), now: () => '2026-12-01T00:00:00.000Z' },
    );
    expect(summary).toMatchObject({ total: 5, done: 5, imported: 2, duplicates: 1, failed: 2, cancelled: false, duplicatePaths: ['copy-of-a.md'] });
    expect(summary.failures).toEqual([
      { path: 'b.pdf', reason: 'is not a file Gloss can import (.html, .htm, .md, .txt, .epub)' },
      { path: 'empty.txt', reason: 'the file is empty' },
    ]);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);
    const stored = await listImportedArticles(db);
    expect(stored.map((r) => r.article.title)).toEqual(['A', 'Café']);
    expect(stored[1]!.encoding).toBe('windows-1252');
    db.close();
  });

  it('stops when cancelled and says how far it got', async () => {
    const db = openGlossDb(`gloss-import-cancel-${Date.now()}`);
    const controller = new AbortController();
    const summary = await runImport([file('a.md', '# A\n\nText.'), file('b.md', '# B\n\nText.')], {
      db,
      knownHashes: new Set(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 1) controller.abort();
      },
    });
    expect(summary).toMatchObject({ done: 1, imported: 1, cancelled: true });
    db.close();
  });
});
