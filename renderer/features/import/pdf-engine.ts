/**
 * pdf.js for the window, under the app's strict CSP (script-src 'self', no eval, no network):
 * its worker is a file of the app's own build (Vite's `?url` copies pdf.worker.min.mjs into the
 * bundle and gives its same-origin address), never a blob: or a CDN, and parse-pdf.ts gives it no
 * CMap, font or wasm URL, so it fetches nothing. Loaded only when the first PDF is imported.
 */
import type { PdfEngine } from '../../../shared/corpus';

let engine: Promise<PdfEngine> | null = null;

export function loadPdfEngine(): Promise<PdfEngine> {
  engine ??= (async () => {
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  })();
  // A failed load (a missing chunk) is tried again next time rather than remembered.
  engine.catch(() => (engine = null));
  return engine;
}
