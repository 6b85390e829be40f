import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { column, makeTestPdf } from '../../../shared/corpus/pdf/make-test-pdf';
import { listImportedArticles, openGlossDb } from '../../db';
import { runImport, type ImportProgress } from './run-import';

const file = (name: string, text: string | Uint8Array<ArrayBuffer>) => ({ file: new File([text], name), path: name });

describe('runImport', () => {
  it('imports, skips duplicates by content hash, refuses with reasons, and reports progress', async () => {
    const db = openGlossDb(`gloss-import-${Date.now()}`);
    const progress: ImportProgress[] = [];
    const latin1 = Uint8Array.from([...'Caf\xe9\n\nThe caf\xe9 society met.'].map((c) => c.charCodeAt(0)));
    const summary = await runImport(
      [file('a.md', '# A\n\nText of A.'), file('copy-of-a.md', '# A\n\nText of A.'), file('cafe.txt', latin1), file('b.docx', 'x'), file('empty.txt', '')],
      { db, knownHashes: new Set(), signal: new AbortController().signal, onProgress: (p) => progress.push(p), now: () => '2026-12-01T00:00:00.000Z' },
    );
    expect(summary).toMatchObject({ total: 5, done: 5, imported: 2, duplicates: 1, failed: 2, cancelled: false, duplicatePaths: ['copy-of-a.md'] });
    expect(summary.failures).toEqual([
      { path: 'b.docx', reason: 'is not a file Gloss can import (.html, .htm, .md, .txt, .epub, .pdf)' },
      { path: 'empty.txt', reason: 'the file is empty' },
    ]);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);
    const stored = await listImportedArticles(db);
    expect(stored.map((r) => r.article.title)).toEqual(['A', 'Café']);
    expect(stored[1]!.encoding).toBe('windows-1252');
    db.close();
  });

  it('imports a PDF through the same pipeline, keeps its original bytes, and refuses one without text naming it', async () => {
    const db = openGlossDb(`gloss-import-pdf-${Date.now()}`);
    const pdf = makeTestPdf({ info: { Title: 'Peat and Heather', Author: 'Ada Lovelace' }, pages: [column(['Peat grows a millimetre a year on the', 'high moor, under the heather.'])] });
    const summary = await runImport([file('peat.pdf', pdf as Uint8Array<ArrayBuffer>), file('scan.pdf', makeTestPdf({ pages: [[]] }) as Uint8Array<ArrayBuffer>)], {
      db,
      knownHashes: new Set(),
      signal: new AbortController().signal,
      onProgress: () => undefined,
      // In the window pdf.js runs in its bundled worker; in Node, its Node build.
      engines: { pdf: async () => pdfjs },
    });
    expect(summary).toMatchObject({ imported: 1, failed: 1 });
    expect(summary.failures).toEqual([{ path: 'scan.pdf', reason: expect.stringMatching(/^has no text layer \(scanned\?\)/) }]);
    const [stored] = await listImportedArticles(db);
    expect(stored!.article).toMatchObject({ title: 'Peat and Heather', byline: 'Ada Lovelace', sections: [{ heading: null, paragraphs: ['Peat grows a millimetre a year on the high moor, under the heather.'] }] });
    expect(stored!.encoding).toBe('pdf');
    expect(new Uint8Array(stored!.original.bytes)).toEqual(pdf);
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
