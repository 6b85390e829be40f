/**
 * Imports a batch of files one by one, yielding to the browser between files so the window never
 * freezes, reporting counts as it goes, stopping when cancelled, and ending with a summary.
 * Duplicates are found by content hash, against the library and within the batch.
 */
import { errorText } from '../../../shared/model/error-text';
import { saveImportedArticle, type GlossDb } from '../../db';
import type { DocumentEngines } from '../../../shared/corpus';
import type { ImportCandidate } from './import-file';
import type { ParseFile } from './parse-in-worker';

export interface ImportProgress {
  total: number;
  done: number;
  imported: number;
  duplicates: number;
  failed: number;
}

export interface ImportSummary extends ImportProgress {
  cancelled: boolean;
  /** Each file that was not imported, with the reason, for a person. */
  failures: { path: string; reason: string }[];
  duplicatePaths: string[];
  /** Files imported with something replaced or dropped while decoding. */
  warnings: { path: string; warning: string }[];
}

export interface ImportOptions {
  db: GlossDb;
  /** Content hashes already in the library (bundled and imported). */
  knownHashes: ReadonlySet<string>;
  signal: AbortSignal;
  onProgress(progress: ImportProgress): void;
  now?: () => string;
  /**
   * Where each file is parsed: the import worker in the app (parse-in-worker.ts). By default this
   * thread, with the pipeline loaded on first use (not with this module, so a page that parses in a
   * worker never compiles Readability and linkedom on its main thread).
   */
  parse?: ParseFile;
  /** How PDFs are read when parsed on this thread: the window's pdf.js unless given (tests in Node give pdf.js's Node build). */
  engines?: DocumentEngines;
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runImport(candidates: readonly ImportCandidate[], options: ImportOptions): Promise<ImportSummary> {
  const hashes = new Set(options.knownHashes);
  const summary: ImportSummary = { total: candidates.length, done: 0, imported: 0, duplicates: 0, failed: 0, cancelled: false, failures: [], duplicatePaths: [], warnings: [] };
  const report = () => options.onProgress({ total: summary.total, done: summary.done, imported: summary.imported, duplicates: summary.duplicates, failed: summary.failed });
  report();
  for (const candidate of candidates) {
    if (options.signal.aborted) {
      summary.cancelled = true;
      break;
    }
    await yieldToBrowser();
    const now = (options.now ?? (() => new Date().toISOString()))();
    const result = options.parse ? await options.parse(candidate, now) : await (await import('./import-file')).importFile(candidate, now, options.engines);
    if (!result.ok) {
      summary.failed++;
      summary.failures.push({ path: candidate.path, reason: result.error });
    } else if (hashes.has(result.value.article.contentHash)) {
      summary.duplicates++;
      summary.duplicatePaths.push(candidate.path);
    } else {
      try {
        await saveImportedArticle(options.db, result.value);
        hashes.add(result.value.article.contentHash);
        summary.imported++;
        for (const warning of result.value.warnings) summary.warnings.push({ path: candidate.path, warning });
      } catch (e) {
        summary.failed++;
        summary.failures.push({ path: candidate.path, reason: `could not be saved (${errorText(e)})` });
      }
    }
    summary.done++;
    report();
  }
  return summary;
}
