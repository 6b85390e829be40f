/**
 * pdf.js for Node (the CLI's `gloss build`, tests): its legacy build, which runs its worker in
 * process. The same parse-pdf.ts options apply as in the app: no eval, no fonts, no fetches.
 */
import type { PdfEngine } from '../../shared/corpus';

let engine: Promise<PdfEngine> | null = null;

export function loadNodePdfEngine(): Promise<PdfEngine> {
  engine ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return engine;
}
