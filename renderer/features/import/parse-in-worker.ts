/**
 * Parsing imports off the main thread: one worker (import-worker.ts) for the whole batch, one file
 * at a time. Where a module worker cannot start, the same pipeline runs in the page.
 */
import type { Result } from '../../../shared/model/result';
import type { ImportedArticleRecord } from '../../db';
import type { ImportCandidate } from './import-file';
import type { ImportReply, ImportRequest } from './import-protocol';

export type ParseFile = (candidate: ImportCandidate, now: string) => Promise<Result<ImportedArticleRecord, string>>;

export interface ImportParser {
  parse: ParseFile;
  close(): void;
}

export function createImportParser(): ImportParser {
  // The page's copy of the pipeline is loaded only if it is needed.
  const inPage: ParseFile = async (candidate, now) => (await import('./import-file')).importFile(candidate, now);
  if (typeof Worker === 'undefined') return { parse: inPage, close: () => {} };
  let worker: Worker | null = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'gloss-import' });
  const pending = new Map<number, (r: Result<ImportedArticleRecord, string>) => void>();
  let next = 1;
  worker.addEventListener('message', (event: MessageEvent<ImportReply>) => {
    pending.get(event.data.id)?.(event.data.result);
    pending.delete(event.data.id);
  });
  worker.addEventListener('error', () => {
    // The worker did not start (or died): what it was given is parsed here instead.
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const resolve of waiting) resolve({ ok: false, error: 'retry' });
  });
  return {
    parse(candidate, now) {
      // A PDF is read in the page: pdf.js parses in its own worker already (pdf-engine.ts), and its
      // window build is the one checked under the app's CSP; the layout step after it is small.
      if (!worker || candidate.refused !== undefined || /\.pdf$/i.test(candidate.path)) return inPage(candidate, now);
      const id = next++;
      return new Promise<Result<ImportedArticleRecord, string>>((resolve) => {
        pending.set(id, resolve);
        worker!.postMessage({ id, file: candidate.file, path: candidate.path, now } satisfies ImportRequest);
      }).then((r) => (!r.ok && r.error === 'retry' ? inPage(candidate, now) : r));
    },
    close() {
      worker?.terminate();
      worker = null;
    },
  };
}
