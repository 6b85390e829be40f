/**
 * Writing an export into a folder the reader also edits (an Obsidian or Logseq vault) without ever
 * overwriting their edits. Gloss remembers what it wrote: a manifest file in the folder
 * (MANIFEST_NAME) holds the SHA-256 of each file as Gloss last wrote it. On re-export, a file is
 * overwritten only when its bytes still hash to that value (nobody touched it since); a file edited
 * since, or one Gloss never wrote, is left alone and the new export is written beside it
 * ("<name> (Gloss export).md", itself tracked, so the next export refreshes it).
 *
 * Why a manifest in the folder rather than records in the app's data: it travels with the folder
 * (synced vaults, a second machine, a reinstalled app all see the same history), and deleting it
 * only makes Gloss more careful (every existing file then counts as not Gloss's), never less.
 * Node only (fs, crypto): the IPC handler in ipc/export.ts calls it after validating the files.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportFile, FolderExportResult } from '../../shared/ipc/contract';
import { errorText } from '../../shared/model/error-text';

export const MANIFEST_NAME = '.gloss-export.json';
const MANIFEST_FORMAT = 'gloss-export-manifest';

interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  /** File name → SHA-256 (hex) of the bytes Gloss wrote, and when. */
  files: Record<string, { sha256: string; writtenAt: string }>;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

async function readManifest(folder: string): Promise<Manifest> {
  const empty: Manifest = { format: MANIFEST_FORMAT, version: 1, files: {} };
  let text: string;
  try {
    text = await readFile(join(folder, MANIFEST_NAME), 'utf8');
  } catch {
    return empty;
  }
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    if (data.format !== MANIFEST_FORMAT || typeof data.files !== 'object' || data.files === null) return empty;
    const files: Manifest['files'] = {};
    for (const [name, entry] of Object.entries(data.files)) {
      if (typeof entry?.sha256 === 'string' && /^[0-9a-f]{64}$/.test(entry.sha256)) files[name] = { sha256: entry.sha256, writtenAt: String(entry.writtenAt) };
    }
    return { ...empty, files };
  } catch {
    // A damaged manifest: trust nothing in the folder (every existing file is then left alone).
    return empty;
  }
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** "notes.md" → "notes (Gloss export).md"; the second and later: "notes (Gloss export 2).md". */
export function besideName(name: string, n = 1): string {
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return `${base} (Gloss export${n > 1 ? ` ${n}` : ''})${ext}`;
}

/** Tries so many names beside an edited file before giving up (each one edited by the reader too). */
const MAX_BESIDE = 50;

/**
 * Where `file` may be written: its own name when that file is absent, untouched since Gloss wrote
 * it, or already holds these exact bytes; otherwise the first free or Gloss-owned name beside it.
 */
async function targetName(folder: string, file: ExportFile, manifest: Manifest, exportNames: Set<string>): Promise<string> {
  for (let n = 0; n <= MAX_BESIDE; n++) {
    const name = n === 0 ? file.name : besideName(file.name, n);
    // Another file of this same export has that name: it is not free.
    if (n > 0 && exportNames.has(name.toLowerCase())) continue;
    const current = await readIfExists(join(folder, name));
    if (current === null) return name;
    const known = manifest.files[name];
    if (known !== undefined && sha256(current) === known.sha256) return name;
    if (current.toString('utf8') === file.content) return name;
  }
  throw new Error(`every name beside ${file.name} is taken by an edited file`);
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file behind. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.gloss-tmp`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, path);
}

/**
 * Writes `files` (already validated as bare names) into `folder`, never over a file edited since
 * Gloss wrote it. Stops at the first write that fails, saying how far it got; the manifest is
 * updated for every file written before that.
 */
export async function writeExportFolder(folder: string, files: readonly ExportFile[], now: Date): Promise<FolderExportResult> {
  const manifest = await readManifest(folder);
  const result: FolderExportResult = { folder, written: 0, unchanged: 0, keptEdited: [] };
  const writtenAt = now.toISOString();
  const names = new Set(files.map((f) => f.name.toLowerCase()));
  let failure: string | null = null;

  for (const file of files) {
    try {
      const name = await targetName(folder, file, manifest, names);
      if (name !== file.name) result.keptEdited.push({ name: file.name, writtenAs: name });
      const existing = await readIfExists(join(folder, name));
      if (existing !== null && existing.toString('utf8') === file.content) result.unchanged++;
      else await writeAtomically(join(folder, name), file.content);
      result.written++;
      manifest.files[name] = { sha256: sha256(Buffer.from(file.content, 'utf8')), writtenAt };
    } catch (e) {
      failure = `Wrote ${result.written} of ${files.length} files; ${file.name} failed: ${errorText(e)}`;
      break;
    }
  }
  await writeAtomically(join(folder, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  if (failure !== null) throw new Error(failure);
  return result;
}
