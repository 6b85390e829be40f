/**
 * `gloss build --src` reads EPUBs and PDFs through the same pipeline as the app's "Add articles"
 * (shared/corpus/parse-document.ts): the article the CLI writes is the one the import makes.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/corpus';
import { column, makeTestPdf } from '../../shared/corpus/pdf/make-test-pdf';
import { decodeArticle, parseLibraryMeta } from '../../shared/library/library-files';
import { loadNodePdfEngine } from '../build/pdf-engine';
import { memoryIo } from './io';
import { runCli } from './run';

let work: string;
const files: Record<string, Uint8Array> = {};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gloss-cli-docs-'));
  const chapter = (body: string) => strToU8(`<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>c</title></head><body>${body}</body></html>`);
  files['moor.epub'] = zipSync({
    mimetype: strToU8('application/epub+zip'),
    'META-INF/container.xml': strToU8('<container><rootfiles><rootfile full-path="OEBPS/content.opf"/></rootfiles></container>'),
    'OEBPS/content.opf': strToU8('<package><metadata><dc:title>The Drove Roads of the Moor</dc:title><dc:creator>Ada Lovelace</dc:creator></metadata><manifest><item id="a" href="a.xhtml"/></manifest><spine><itemref idref="a"/></spine></package>'),
    'OEBPS/a.xhtml': chapter('<h1>The first road</h1><p>The old drove roads cross the moor from east to west.</p>'),
  });
  files['peat.pdf'] = makeTestPdf({ info: { Title: 'Peat and Heather', Author: 'Ada Lovelace' }, pages: [column(['Peat grows a millimetre a year on the high', 'moor, under the heather and the bog cotton.'])] });
  files['scan.pdf'] = makeTestPdf({ pages: [[]] });
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(work, name), bytes);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('gloss build --src with EPUB and PDF files', () => {
  it('builds them as the app imports them, and names a PDF without text with the reason', async () => {
    const io = memoryIo();
    const out = join(work, 'out');
    expect(await runCli(['build', '--src', work, '--out', out], io)).toBe(0);
    expect(io.stdout()).toContain('Built 2 articles');
    expect(io.stderr()).toMatch(/^skipped scan\.pdf: has no text layer \(scanned\?\)/m);

    const parsedLibrary = parseLibraryMeta(await readFile(join(out, 'library.json'), 'utf8'));
    if (!parsedLibrary.ok) throw new Error(parsedLibrary.error);
    const library = parsedLibrary.value;
    const text = await readFile(join(out, 'article-text.jsonl'));
    for (const name of ['moor.epub', 'peat.pdf']) {
      const meta = library.articles.find((a) => a.sourceFile === name)!;
      const built = decodeArticle(meta, text.subarray(meta.text[0], meta.text[0] + meta.text[1]));
      const imported = await parseDocument(name, files[name]!, { pdf: loadNodePdfEngine });
      if (!imported.ok) throw new Error(imported.error);
      expect(built).toEqual(imported.value.article);
    }
    const pdf = library.articles.find((a) => a.sourceFile === 'peat.pdf')!;
    expect(pdf).toMatchObject({ title: 'Peat and Heather', byline: 'Ada Lovelace' });
  });
});
