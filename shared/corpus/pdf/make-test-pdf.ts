/**
 * Test fixtures only: writes small, real PDF files by hand (PDF 1.4, one Helvetica font, a correct
 * cross-reference table), so the PDF tests need no downloads and say exactly what each page holds.
 * Not used by the app.
 */

export interface TestPdfLine {
  text: string;
  /** Distance from the page's left edge, in points. */
  x?: number;
  /** Distance from the page's bottom edge, in points. */
  y: number;
  /** Font size in points (12 unless given). */
  size?: number;
}

export interface TestPdfOptions {
  /** The document information dictionary (/Title, /Author, /CreationDate…), as plain strings. */
  info?: Record<string, string>;
  /** Pages of positioned lines; a page with no lines has no text layer (as a scan has none). */
  pages: TestPdfLine[][];
  /** Adds an /Encrypt entry to the trailer (its contents are not a real cipher; pdf.js refuses it either way). */
  encrypted?: boolean;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;

/** A PDF string literal: backslash, parentheses escaped; only Latin-1 text (Helvetica's WinAnsi). */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

export function makeTestPdf(options: TestPdfOptions): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(''); // filled in below, once the page tree's number is known
  const pagesId = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  for (const lines of options.pages) {
    const ops = lines.map((l) => `BT /F1 ${l.size ?? 12} Tf ${l.x ?? 72} ${l.y} Td ${literal(l.text)} Tj ET`).join('\n');
    // A page without text still draws something (a grey box), as a scanned page draws its image.
    const content = lines.length > 0 ? ops : '0.5 g 72 72 468 648 re f';
    const stream = add(`<< /Length ${latin1Length(content)} >>\nstream\n${content}\nendstream`);
    pageIds.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const infoEntries = Object.entries(options.info ?? {});
  const info = infoEntries.length > 0 ? add(`<< ${infoEntries.map(([k, v]) => `/${k} ${literal(v)}`).join(' ')} >>`) : null;
  const encrypt = options.encrypted ? add('<< /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>') : null;

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(latin1Length(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1Length(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1Bytes(out);
}

function latin1Length(text: string): number {
  return text.length;
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** Lines of body text laid out down a page from `top`, 14 points apart. */
export function column(texts: readonly string[], top = 700, size = 12): TestPdfLine[] {
  return texts.map((text, i) => ({ text, y: top - i * 14, size }));
}
