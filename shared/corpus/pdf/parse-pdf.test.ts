import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { column, makeTestPdf, type TestPdfLine } from './make-test-pdf';
import { parsePdf, pdfDate, type PdfEngine } from './parse-pdf';

// pdf.js's Node build, as the CLI uses it (scripts/build/pdf-engine.ts).
const engine: PdfEngine = pdfjs;

/** A page with a running header and a "Page N" footer around its body lines. */
const page = (n: number, body: TestPdfLine[]): TestPdfLine[] => [{ text: 'Journal of Moorland Studies', y: 760, size: 9 }, ...body, { text: `Page ${n}`, y: 40, size: 9 }];

async function read(bytes: Uint8Array, name = 'paper.pdf') {
  const result = await parsePdf(bytes, name, engine);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parsePdf', () => {
  it('reflows lines into paragraphs, keeps headings, drops repeated page furniture, and takes stated metadata', async () => {
    const bytes = makeTestPdf({
      info: { Title: 'Drove Roads of the Moor', Author: 'Ada Lovelace', CreationDate: "D:20240305120000+01'00'" },
      pages: [
        page(1, [
          { text: 'Drove Roads of the Moor', y: 720, size: 20 },
          ...column(['The old drove roads cross the moor from east to west, and their para-', 'graphs of stone mark where the herds once walked on their way.', 'A paragraph is how a road is written down.'], 680),
          ...column(['A second paragraph starts after a gap and runs on over the end of', 'the page, where the sentence is not yet finished and'], 620),
        ]),
        page(2, [
          ...column(['continues on the next page with a well-', 'known phrase that keeps its hyphen.'], 700),
          { text: 'Where the Roads Went', y: 650, size: 16 },
          ...column(['The tracks ran to the markets of the lowland towns.'], 620),
        ]),
        page(3, [...column(['The last page holds one more paragraph of text.'], 700)]),
      ],
    });
    const article = await read(bytes);
    expect(article).toMatchObject({ title: 'Drove Roads of the Moor', byline: 'Ada Lovelace', published: '2024-03-05', sourceFile: 'paper.pdf' });
    expect(article.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          // "para-" + "graphs": "paragraph" is spelled whole elsewhere, so the break is mended.
          'The old drove roads cross the moor from east to west, and their paragraphs of stone mark where the herds once walked on their way. A paragraph is how a road is written down.',
          // Over a page break (the header and footer between are gone); "well-known" keeps its hyphen.
          'A second paragraph starts after a gap and runs on over the end of the page, where the sentence is not yet finished and continues on the next page with a well-known phrase that keeps its hyphen.',
        ],
      },
      { heading: 'Where the Roads Went', paragraphs: ['The tracks ran to the markets of the lowland towns.', 'The last page holds one more paragraph of text.'] },
    ]);
  });

  it('takes the first heading-like line as the title when the metadata has none (or a placeholder), and invents no author or date', async () => {
    const pages = [[{ text: 'A Short Report on Peat', y: 720, size: 18 }, ...column(['Peat grows a millimetre a year on the high moor.'], 680)]];
    for (const info of [{}, { Title: 'Microsoft Word - report-v3.docx' }, { Title: 'Untitled' }] as Record<string, string>[]) {
      const article = await read(makeTestPdf({ info, pages }));
      expect(article).toMatchObject({ title: 'A Short Report on Peat', byline: null, published: null });
      expect(article.sections).toEqual([{ heading: null, paragraphs: ['Peat grows a millimetre a year on the high moor.'] }]);
    }
  });

  it('with no title stated and no heading, takes a short first line, else the file’s name, never a sentence', async () => {
    const labelled = await read(makeTestPdf({ pages: [column(['Field Notes', '', 'The heather was in flower along the whole ridge.'])] }), 'notes.pdf');
    expect(labelled.title).toBe('Field Notes');
    const prose = await read(makeTestPdf({ pages: [column(['The heather was in flower along the whole ridge, and the peat was dry.'])] }), 'walks/ridge-walk.pdf');
    expect(prose.title).toBe('ridge-walk');
    expect(prose.sections[0]!.paragraphs).toEqual(['The heather was in flower along the whole ridge, and the peat was dry.']);
  });

  it('keeps a header line that is not repeated, and does not drop furniture in a two-page document', async () => {
    const bytes = makeTestPdf({ info: { Title: 'Two Pages' }, pages: [page(1, column(['First page text.'], 700)), page(2, column(['Second page text.'], 700))] });
    const text = (await read(bytes)).sections.flatMap((s) => s.paragraphs);
    expect(text).toContain('Journal of Moorland Studies');
    expect(text).toContain('Page 2');
  });

  it('refuses a PDF with no text layer, saying so', async () => {
    const result = await parsePdf(makeTestPdf({ pages: [[], []] }), 'scan.pdf', engine);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^has no text layer \(scanned\?\): its 2 pages are images only/) });
  });

  it('refuses encrypted, damaged, truncated and non-PDF files with clear reasons', async () => {
    const good = makeTestPdf({ pages: [column(['Some text here.'])] });
    expect(await parsePdf(makeTestPdf({ pages: [column(['Secret text.'])], encrypted: true }), 'locked.pdf', engine)).toEqual({ ok: false, error: expect.stringMatching(/^is encrypted \(it needs a password to open\)/) });
    expect(await parsePdf(new TextEncoder().encode('%PDF-1.4\nnot really a pdf at all'), 'bad.pdf', engine)).toEqual({ ok: false, error: 'is a damaged PDF (Invalid PDF structure.)' });
    expect(await parsePdf(good.subarray(0, 40), 'cut.pdf', engine)).toEqual({ ok: false, error: expect.stringMatching(/^is a damaged PDF/) });
    expect(await parsePdf(new TextEncoder().encode('<html>no</html>'), 'page.pdf', engine)).toEqual({ ok: false, error: 'is not a PDF (the file does not start with "%PDF-")' });
  });

  it('leaves the caller’s bytes whole (pdf.js transfers what it is given)', async () => {
    const bytes = makeTestPdf({ info: { Title: 'Kept' }, pages: [column(['Body text.'])] });
    const copy = bytes.slice();
    await read(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('pdfDate', () => {
  it('reads PDF date strings, and nothing else', () => {
    expect(pdfDate('D:20240305120000Z')).toBe('2024-03-05');
    expect(pdfDate('D:1999')).toBeNull();
    expect(pdfDate('D:20241345')).toBeNull();
    expect(pdfDate(null)).toBeNull();
  });
});
