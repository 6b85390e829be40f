/**
 * Files from a file picker or a drop, folders included, as import candidates with their paths.
 * A dropped folder is walked through the File and Directory Entries API (webkitGetAsEntry), which
 * Chromium and Electron support; files that are not sources are still listed, so the summary can
 * say why each was not imported.
 */
import type { ImportCandidate } from './import-file';

/** Files chosen in an <input type="file"> (with or without `webkitdirectory`). */
export function candidatesFromList(files: FileList | readonly File[]): ImportCandidate[] {
  return Array.from(files, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/** Files (and folders, walked) dropped on the window. */
export async function candidatesFromDrop(transfer: DataTransfer): Promise<ImportCandidate[]> {
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return candidatesFromList(transfer.files);
  const out: ImportCandidate[] = [];
  for (const entry of entries) await walk(entry, out);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function walk(entry: FileSystemEntry, out: ImportCandidate[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns a batch at a time (100 in Chromium) until it returns none.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, out);
    }
  }
}
