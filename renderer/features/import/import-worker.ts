/**
 * The import worker: turns one chosen file into an imported record (decode, Readability on
 * linkedom, Markdown, EPUB) off the main thread, so a folder of 1,000 files never blocks the window
 * for longer than it takes to store each result. The pipeline is features/import/import-file.ts,
 * the same one the page falls back to where no worker can start.
 */
import { importFile } from './import-file';
import type { ImportReply, ImportRequest } from './import-protocol';

const post = (reply: ImportReply, transfer: Transferable[] = []) => (self as unknown as { postMessage(m: ImportReply, t: Transferable[]): void }).postMessage(reply, transfer);

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { id, file, path, now } = event.data;
  void importFile({ file, path }, now).then(
    (result) => post({ id, result }, result.ok ? [result.value.original.bytes] : []),
    (e: unknown) => post({ id, result: { ok: false, error: `could not be read (${e instanceof Error ? e.message : String(e)})` } }),
  );
});
