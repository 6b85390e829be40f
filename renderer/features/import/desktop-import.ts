/**
 * What the desktop shell adds to import: documents the OS opens with Gloss ("Open with", a file
 * association, a second launch) join the same import flow as "Add articles", and the import's
 * progress shows on the dock icon / taskbar button. Both go through the platform interface; a
 * browser host hands over no files and ignores progress.
 */
import type { OpenFileRequest } from '../../../shared/ipc/contract';
import type { Platform } from '../../platform';
import type { ImportCandidate } from './import-file';
import type { ImportProgress } from './run-import';

/**
 * The documents the OS opened, read through main (which reads only what it announced). A file that
 * cannot be read stays a candidate with its reason, so the summary names it like any failure.
 */
export async function openedCandidates(requests: readonly OpenFileRequest[], platform: Pick<Platform, 'readOpenedFile'>): Promise<ImportCandidate[]> {
  const out: ImportCandidate[] = [];
  for (const request of requests) {
    const read = await platform.readOpenedFile(request.path);
    if (read.ok) out.push({ file: new File([new Uint8Array(read.value.bytes)], read.value.name), path: read.value.name });
    // Main's message names the file; the summary puts the name first already.
    else out.push({ file: new File([], request.name), path: request.name, refused: read.error.startsWith(`${request.name} `) ? read.error.slice(request.name.length + 1) : read.error });
  }
  return out;
}

/**
 * Taskbar progress for one import: the share of files done, sent only when the whole percent
 * changes (a thousand files are not a thousand IPC calls), and cleared at the end or on cancel.
 */
export function taskbarProgress(platform: Pick<Platform, 'setProgress'>): { update(progress: ImportProgress): void; clear(): void } {
  let shown: number | null = null;
  return {
    update({ done, total }) {
      const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
      if (percent === shown) return;
      shown = percent;
      void platform.setProgress(percent / 100);
    },
    clear() {
      shown = null;
      void platform.setProgress(null);
    },
  };
}

/**
 * Documents opened while the Library (where the import panel lives) is not on screen wait here;
 * the panel takes them when it mounts or is told they arrived.
 */
export function createOpenFileInbox() {
  let waiting: OpenFileRequest[] = [];
  const listeners = new Set<() => void>();
  return {
    push(request: OpenFileRequest): void {
      waiting.push(request);
      for (const listener of listeners) listener();
    },
    take(): OpenFileRequest[] {
      const taken = waiting;
      waiting = [];
      return taken;
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const openFileInbox = createOpenFileInbox();
